import { useEffect, useMemo } from 'react';
import { Form, Input, Modal, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';
import { useLobbyCommand } from './use-lobby-command.ts';
import { validFields } from '../ui/valid-fields.ts';

/** Durations offered besides the branch's own default (config.hallMessageMin). */
const DURATIONS_MIN = [5, 10, 15, 30, 60];

interface BroadcastForm {
  text: string;
  speak: boolean;
  durationMin: number;
}

/** A message to the hall display, shown (and optionally spoken) for the minutes chosen. */
export function BroadcastDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('lobby');
  const last = useAppStore((s) => s.floor.lastMessage);
  const defaultMin = useAppStore((s) => s.floor.config?.hallMessageMin ?? 10);
  const run = useLobbyCommand();
  const [form] = Form.useForm<BroadcastForm>();
  const durations = useMemo(() => [...new Set([...DURATIONS_MIN, defaultMin])].sort((a, b) => a - b), [defaultMin]);
  // Each message starts from the branch's default, also when the admin changes it.
  useEffect(() => {
    if (open) form.setFieldValue('durationMin', defaultMin);
  }, [open, defaultMin, form]);

  const submit = async () => {
    const v = await validFields(form);
    if (!v) return;
    const done = await run('hall:broadcast', { text: v.text.trim(), speak: v.speak, durationMin: v.durationMin });
    if (done) {
      form.resetFields();
      onClose();
    }
  };

  return (
    <Modal
      open={open}
      title={t('broadcast.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('broadcast.send')}
      forceRender
    >
      {last ? (
        <Typography.Paragraph type="secondary">{t('broadcast.last', { text: last.text })}</Typography.Paragraph>
      ) : null}
      <Form form={form} layout="vertical" initialValues={{ text: '', speak: true, durationMin: defaultMin }}>
        <Form.Item
          name="text"
          label={t('broadcast.text')}
          rules={[{ required: true, whitespace: true, message: t('broadcast.textRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={120} showCount data-testid="broadcast-text" />
        </Form.Item>
        <Form.Item name="durationMin" label={t('broadcast.duration')}>
          <Select
            style={{ width: 160 }}
            data-testid="broadcast-duration"
            options={durations.map((m) => ({ value: m, label: t('minutes', { count: m }) }))}
          />
        </Form.Item>
        <Form.Item name="speak" label={t('broadcast.speak')} valuePropName="checked">
          <Switch data-testid="broadcast-speak" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
