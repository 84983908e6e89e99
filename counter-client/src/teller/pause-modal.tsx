import { Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { MANUAL_PAUSE_REASONS, type ManualPauseReason } from '@lobby/shared';

interface Props {
  open: boolean;
  busy: boolean;
  onSubmit: (reason: ManualPauseReason, note: string) => void;
  onCancel: () => void;
}

/** Pause stops calls to this counter; the reason is shown to the lobby manager. */
export function PauseModal({ open, busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('teller');
  const [form] = Form.useForm<{ reason: ManualPauseReason; note: string }>();
  return (
    <Modal
      open={open}
      title={t('pause.title')}
      okText={t('pause.submit')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={busy}
      destroyOnHidden
      width={600}
      data-testid="pause-modal"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => onSubmit(v.reason, (v.note ?? '').trim())}
        initialValues={{ reason: 'break', note: '' }}
      >
        <Form.Item name="reason" label={t('pause.reason')}>
          <Radio.Group
            optionType="button"
            options={MANUAL_PAUSE_REASONS.map((r) => ({ value: r, label: t(`pause.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('pause.note')} rules={[{ max: 500 }]}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
