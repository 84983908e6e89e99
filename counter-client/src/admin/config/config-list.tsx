import { Button, Form, Input, InputNumber, Select, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { materialLines, type FormPath } from './config-form-model.ts';

/**
 * One editable list of the configuration (lanes, counters, notices...): a row of fields per
 * item, add and remove. Fields are described, not hand-written, so every list looks and
 * validates the same way.
 */
export type FieldKind = 'text' | 'number' | 'select' | 'multi' | 'switch' | 'textarea';

export interface FieldSpec {
  /** Path inside the item, e.g. ['name', 'zh']. */
  name: FormPath;
  label: string;
  kind: FieldKind;
  width?: number;
  options?: { value: string | number; label: string }[];
  min?: number;
  max?: number;
  step?: number;
  required?: boolean;
  /** A 'multi' whose choices are the lines of another field of the same item (e.g. its materials). */
  optionsFromLines?: FormPath;
}

/** A multiple choice among the current lines of a sibling textarea: it follows that text as it is edited. */
function LinesSelect({
  spec,
  linesPath,
  ...control
}: { spec: FieldSpec; linesPath: FormPath } & Record<string, unknown>) {
  const text = Form.useWatch(linesPath) as string | undefined;
  const options = materialLines(text).map((line) => ({ value: line, label: line }));
  return <Select {...control} mode="multiple" options={options} style={{ width: spec.width ?? 220 }} />;
}

/** Form.Item hands value/onChange (or checked) to its child: pass them on to the control. */
export function FieldInput({
  spec,
  rowPath,
  ...control
}: { spec: FieldSpec; rowPath?: FormPath } & Record<string, unknown>) {
  if (spec.optionsFromLines && rowPath) {
    return <LinesSelect {...control} spec={spec} linesPath={[...rowPath, ...spec.optionsFromLines]} />;
  }
  switch (spec.kind) {
    case 'number':
      return (
        <InputNumber
          {...control}
          min={spec.min}
          max={spec.max}
          step={spec.step ?? 1}
          style={{ width: spec.width ?? 110 }}
        />
      );
    case 'select':
      return <Select {...control} options={spec.options} style={{ width: spec.width ?? 140 }} />;
    case 'multi':
      return <Select {...control} mode="multiple" options={spec.options} style={{ width: spec.width ?? 220 }} />;
    case 'switch':
      return <Switch {...control} />;
    case 'textarea':
      return <Input.TextArea {...control} autoSize={{ minRows: 2, maxRows: 6 }} style={{ width: spec.width ?? 260 }} />;
    default:
      return <Input {...control} style={{ width: spec.width ?? 140 }} />;
  }
}

export function ConfigList({
  name,
  fields,
  newItem,
  testId,
}: {
  name: string;
  fields: FieldSpec[];
  newItem: () => Record<string, unknown>;
  testId?: string;
}) {
  const { t } = useTranslation('admin');
  return (
    <Form.List name={name}>
      {(items, { add, remove }) => (
        <div data-testid={testId}>
          {items.map((item) => (
            <div
              className="config-list-row"
              key={item.key}
              data-testid={testId ? `${testId}-row-${item.name}` : undefined}
            >
              {fields.map((f) => (
                <Form.Item
                  key={f.name.join('.')}
                  name={[item.name, ...f.name]}
                  label={f.label}
                  valuePropName={f.kind === 'switch' ? 'checked' : 'value'}
                  rules={
                    f.required === false || f.kind === 'switch'
                      ? []
                      : [{ required: true, message: t('config.required', { defaultValue: '必填 / required' }) }]
                  }
                  data-testid={testId ? `${testId}-${item.name}-${f.name.join('.')}` : undefined}
                >
                  <FieldInput spec={f} rowPath={[name, item.name]} />
                </Form.Item>
              ))}
              <Button
                danger
                type="text"
                icon={<DeleteOutlined />}
                onClick={() => remove(item.name)}
                aria-label={t('common.remove')}
              />
            </div>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add(newItem())}>
            {t('common.add')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
