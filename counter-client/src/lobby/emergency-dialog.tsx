import { App, Alert as AntAlert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLobbyCommand } from './use-lobby-command.ts';
import { validFields } from '../ui/valid-fields.ts';

/**
 * Emergency mode (docs/requirements.md R113, R169) stops every kiosk and takes over the hall display, so both
 * switching on and off go through a second confirmation.
 */
export function EmergencyDialog({ active, open, onClose }: { active: boolean; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('lobby');
  const run = useLobbyCommand();
  const { modal } = App.useApp();
  const [form] = Form.useForm<{ message: string; reason: string }>();

  const submit = async () => {
    const v = await validFields(form);
    if (!v) return;
    void modal.confirm({
      title: active ? t('emergency.confirmEnd') : t('emergency.confirmStart'),
      okButtonProps: { danger: !active, 'data-testid': 'emergency-confirm' },
      onOk: async () => {
        const done = active
          ? await run('emergency:end', { reason: v.reason.trim() })
          : await run('emergency:start', { message: v.message.trim() });
        if (done) {
          form.resetFields();
          onClose();
        }
      },
    });
  };

  return (
    <Modal
      open={open}
      title={active ? t('emergency.endTitle') : t('emergency.startTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ danger: !active }}
      forceRender
    >
      {!active ? (
        <AntAlert type="warning" showIcon title={t('emergency.startWarning')} className="lobby-emergency-warning" />
      ) : null}
      <Form form={form} layout="vertical" initialValues={{ message: '', reason: '' }}>
        {active ? (
          <Form.Item
            name="reason"
            label={t('reason')}
            rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}
          >
            <Input maxLength={200} placeholder={t('reasonPlaceholder')} data-testid="emergency-reason" />
          </Form.Item>
        ) : (
          <Form.Item
            name="message"
            label={t('emergency.message')}
            rules={[{ required: true, whitespace: true, message: t('emergency.messageRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={120} showCount data-testid="emergency-message" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
