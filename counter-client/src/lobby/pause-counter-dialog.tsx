import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { MANUAL_PAUSE_REASONS, type CounterStaffView, type ManualPauseReason } from '@lobby/shared';
import { useLobbyCommand } from './use-lobby-command.ts';
import { useLocalized } from './use-localized.ts';
import { validFields } from '../ui/valid-fields.ts';

export function PauseCounterDialog({ counter, onClose }: { counter: CounterStaffView | null; onClose: () => void }) {
  const { t } = useTranslation('lobby');
  const text = useLocalized();
  const run = useLobbyCommand();
  const [form] = Form.useForm<{ reason: ManualPauseReason; note: string }>();

  const submit = async () => {
    if (!counter) return;
    const values = await validFields(form);
    if (!values) return;
    const done = await run('counter:pause', {
      counterId: counter.id,
      reason: values.reason,
      note: (values.note ?? '').trim(),
    });
    if (done) onClose();
  };

  return (
    <Modal
      open={counter !== null}
      title={counter ? t('counters.pauseTitle', { counter: text(counter.name) }) : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ reason: 'balancing', note: '' }} preserve={false}>
        <Form.Item name="reason" label={t('counters.pauseReasonLabel')} rules={[{ required: true }]}>
          <Select options={MANUAL_PAUSE_REASONS.map((r) => ({ value: r, label: t(`counters.pauseReason.${r}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('note')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
