import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketStaffView } from '@lobby/shared';

interface Props {
  open: boolean;
  ticket: TicketStaffView;
  busy: boolean;
  onSubmit: (note: string) => void;
  onCancel: () => void;
}

/** 材料不全: the note tells the lobby manager what the customer must bring back. */
export function SuspendModal({ open, ticket, busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('teller');
  const [form] = Form.useForm<{ note: string }>();
  return (
    <Modal
      open={open}
      title={t('suspend.title', { number: ticket.number })}
      okText={t('suspend.submit')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={busy}
      destroyOnHidden
      data-testid="suspend-modal"
    >
      <Alert type="info" showIcon title={t('suspend.hint')} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => onSubmit(v.note.trim())}
        initialValues={{ note: t('suspend.defaultNote') }}
      >
        <Form.Item
          name="note"
          label={t('suspend.note')}
          rules={[
            { required: true, whitespace: true, message: t('suspend.noteRequired') },
            { max: 200 },
            // The prefilled "材料不全：" alone says nothing useful to the lobby manager.
            {
              validator: (_, v: string) =>
                v && v.trim() !== t('suspend.defaultNote').trim()
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('suspend.noteRequired'))),
            },
          ]}
        >
          <Input.TextArea rows={3} autoFocus maxLength={200} showCount data-testid="suspend-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
