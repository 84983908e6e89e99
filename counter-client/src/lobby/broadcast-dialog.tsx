import { Form, Input, Modal, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';
import { useLobbyCommand } from './use-lobby-command.ts';
import { validFields } from '../ui/valid-fields.ts';

/** A message to the hall display, shown and (optionally) spoken. */
export function BroadcastDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('lobby');
  const last = useAppStore((s) => s.floor.lastMessage);
  const run = useLobbyCommand();
  const [form] = Form.useForm<{ text: string; speak: boolean }>();

  const submit = async () => {
    const v = await validFields(form);
    if (!v) return;
    const done = await run('hall:broadcast', { text: v.text.trim(), speak: v.speak });
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
      <Form form={form} layout="vertical" initialValues={{ text: '', speak: true }}>
        <Form.Item
          name="text"
          label={t('broadcast.text')}
          rules={[{ required: true, whitespace: true, message: t('broadcast.textRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={120} showCount data-testid="broadcast-text" />
        </Form.Item>
        <Form.Item name="speak" label={t('broadcast.speak')} valuePropName="checked">
          <Switch data-testid="broadcast-speak" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
