import { useEffect } from 'react';
import { Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CounterStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useLobbyCommand } from './use-lobby-command.ts';
import { useLocalized } from './use-localized.ts';
import { validFields } from '../ui/valid-fields.ts';

/** Which lanes a counter serves for the rest of the day, in order (primary first). */
export function SetLanesDialog({ counter, onClose }: { counter: CounterStaffView | null; onClose: () => void }) {
  const { t } = useTranslation('lobby');
  const text = useLocalized();
  const lanes = useAppStore((s) => s.floor.config?.lanes);
  const run = useLobbyCommand();
  const [form] = Form.useForm<{ laneIds: string[]; reason: string }>();

  useEffect(() => {
    if (counter) form.setFieldsValue({ laneIds: counter.laneIds, reason: '' });
  }, [counter, form]);

  const submit = async () => {
    if (!counter) return;
    const values = await validFields(form);
    if (!values) return;
    const done = await run('counter:setLanes', {
      counterId: counter.id,
      laneIds: values.laneIds,
      reason: values.reason.trim(),
    });
    if (done) onClose();
  };

  return (
    <Modal
      open={counter !== null}
      title={counter ? t('counters.setLanesTitle', { counter: text(counter.name) }) : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('counters.setLanesHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="laneIds"
          label={t('counters.lanes')}
          rules={[{ required: true, type: 'array', min: 1, message: t('counters.lanesRequired') }]}
        >
          <Select
            mode="multiple"
            data-testid="set-lanes-select"
            options={(lanes ?? []).map((l) => ({ value: l.id, label: `${l.prefix} · ${text(l.name)}` }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}
        >
          <Input maxLength={200} placeholder={t('reasonPlaceholder')} data-testid="set-lanes-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
