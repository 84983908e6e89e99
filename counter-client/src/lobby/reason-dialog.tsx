import { useState, type ReactNode } from 'react';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { validFields } from '../ui/valid-fields.ts';

/**
 * Every manual action the protocol audits asks for a reason (docs/domain.md §8): one dialog for
 * all of them. `ask` opens it; the submit callback returns false to keep it open (failure).
 */
export interface ReasonRequest {
  title: string;
  description?: ReactNode;
  /** Optional reason (e.g. counter open/close) still offers the field. */
  optional?: boolean;
  submit: (reason: string) => Promise<boolean>;
}

export function useReasonDialog(): { ask: (request: ReasonRequest) => void; dialog: ReactNode } {
  const { t } = useTranslation('lobby');
  const [request, setRequest] = useState<ReasonRequest | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  // The form unmounts with the dialog (destroyOnHidden): the next request starts empty.
  const close = () => setRequest(null);
  const onOk = async () => {
    if (!request) return;
    const values = await validFields(form);
    if (!values) return;
    const { reason } = values;
    setBusy(true);
    const ok = await request.submit((reason ?? '').trim());
    setBusy(false);
    if (ok) close();
  };

  const dialog = (
    <Modal
      open={request !== null}
      title={request?.title}
      onCancel={close}
      onOk={() => void onOk()}
      confirmLoading={busy}
      destroyOnHidden
    >
      {request?.description}
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={request?.optional ? [] : [{ required: true, whitespace: true, message: t('reasonRequired') }]}
        >
          <Input.TextArea
            autoFocus
            maxLength={200}
            showCount
            rows={2}
            placeholder={t('reasonPlaceholder')}
            data-testid="reason-input"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
  return { ask: setRequest, dialog };
}
