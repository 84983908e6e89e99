import { useMemo } from 'react';
import { Alert, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LocalizedText, TicketStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useLabels } from '../ui/use-labels.ts';
import { KeyboardModal } from '../ui/keyboard-modal.tsx';

interface Props {
  open: boolean;
  ticket: TicketStaffView;
  busy: boolean;
  onSubmit: (missingMaterials: LocalizedText[], note: string) => void;
  onCancel: () => void;
}

interface Values {
  materials: number[];
  note: string;
}

/**
 * 材料不全: tick what the customer must bring back (the business type's own materials list,
 * the one beside the customer on the desk) and/or say it in words. The lobby manager's
 * suspended list shows the same.
 */
export function SuspendModal({ open, ticket, busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('teller');
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const materials = useAppStore(
    (s) => s.floor.config?.businessTypes.find((b) => b.id === ticket.businessTypeId)?.materials,
  );
  const options = useMemo(
    () => (materials ?? []).map((m, i) => ({ value: i, label: labels.text(m) })),
    [materials, labels],
  );
  const submit = (v: Values) =>
    onSubmit(
      (v.materials ?? []).flatMap((i) => (materials?.[i] ? [materials[i]] : [])),
      (v.note ?? '').trim(),
    );
  return (
    <KeyboardModal
      open={open}
      title={t('suspend.title', { number: ticket.number })}
      okText={t('suspend.submit')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={busy}
      destroyOnHidden
      width={560}
      rootClassName="suspend-dialog"
    >
      <Alert type="info" showIcon title={t('suspend.hint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ materials: [], note: '' }}>
        {options.length > 0 && (
          <Form.Item name="materials" label={t('suspend.materials')}>
            <Checkbox.Group options={options} className="suspend-materials" data-testid="suspend-materials" />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t('suspend.note')}
          dependencies={['materials']}
          rules={[
            { max: 200 },
            ({ getFieldValue }) => ({
              validator: (_, v: string | undefined) =>
                (getFieldValue('materials') as number[] | undefined)?.length || (v ?? '').trim() !== ''
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('suspend.noteRequired'))),
            }),
          ]}
        >
          <Input.TextArea rows={2} maxLength={200} showCount data-testid="suspend-note" />
        </Form.Item>
      </Form>
    </KeyboardModal>
  );
}
