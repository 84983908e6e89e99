import { App, Alert as AntAlert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLobbyCommand } from './use-lobby-command.ts';
import { validFields } from '../ui/valid-fields.ts';

/**
 * Emergency mode (docs/requirements.md R113, R169) stops every kiosk and takes over the hall display, so switching
 * it on goes through a second confirmation. Ending it restores the normal branch and must be
 * quick: the button, then this dialog's confirm (a reason is optional, a default is audited).
 */
export function EmergencyDialog({ active, open, onClose }: { active: boolean; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('lobby');
  const run = useLobbyCommand();
  const { modal } = App.useApp();
  const [form] = Form.useForm<{ message: string; reason: string }>();

  const submit = async () => {
    const v = await validFields(form);
    if (!v) return;
    const finish = (done: unknown) => {
      if (!done) return;
      form.resetFields();
      onClose();
    };
    if (active) {
      finish(await run('emergency:end', { reason: v.reason.trim() || t('emergency.endReasonDefault') }));
      return;
    }
    void modal.confirm({
      title: t('emergency.confirmStart'),
      okButtonProps: { danger: true, 'data-testid': 'emergency-confirm' },
      onOk: async () => finish(await run('emergency:start', { message: v.message.trim() })),
    });
  };

  return (
    <Modal
      open={open}
      title={active ? t('emergency.endTitle') : t('emergency.startTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={active ? t('emergency.end') : undefined}
      okButtonProps={active ? { 'data-testid': 'emergency-end' } : { danger: true }}
      forceRender
    >
      {!active ? (
        <AntAlert type="warning" showIcon title={t('emergency.startWarning')} className="lobby-emergency-warning" />
      ) : null}
      <Form form={form} layout="vertical" initialValues={{ message: '', reason: '' }}>
        {active ? (
          <>
            <Typography.Paragraph>{t('emergency.confirmEnd')}</Typography.Paragraph>
            <Form.Item name="reason" label={t('emergency.endReason')}>
              <Input maxLength={200} placeholder={t('emergency.endReasonDefault')} data-testid="emergency-reason" />
            </Form.Item>
          </>
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
