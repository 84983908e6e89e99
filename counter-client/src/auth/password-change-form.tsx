import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../realtime/error-messages.ts';
import type { StaffSession } from '../store/session-slice.ts';
import { changePassword } from './auth-api.ts';
import { newPasswordRule, refusedPasswordProblem } from './password-rule.ts';

interface Props {
  session: StaffSession;
  /** The fresh session the server answered with (every other session of the user ended). */
  onChanged: (next: StaffSession) => void;
  submitLabel: string;
}

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/**
 * Current password, new password twice. The new one is checked by the one password rule as
 * the user types; the server checks it again (and that it differs from the current one).
 */
export function PasswordChangeForm({ session, onChanged, submitLabel }: Props) {
  const { t } = useTranslation(['auth', 'common']);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await changePassword(session.token, {
      currentPassword: values.currentPassword,
      newPassword: values.newPassword,
    });
    setBusy(false);
    if (result.ok) {
      onChanged(result.data);
      return;
    }
    const problem = refusedPasswordProblem(result);
    if (problem) form.setFields([{ name: 'newPassword', errors: [t(`auth:problem.${problem}`)] }]);
    else if (result.code === 'BAD_CREDENTIALS')
      form.setFields([{ name: 'currentPassword', errors: [t('auth:currentPasswordWrong')] }]);
    else setError(result.code === 'CLIENT_OFFLINE' ? t('auth:networkError') : errorMessage(t, result.code));
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="password-change-form">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="currentPassword"
        label={t('auth:currentPassword')}
        rules={[{ required: true, message: t('auth:passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth:newPassword')}
        extra={t('auth:passwordRuleHint')}
        rules={[
          { required: true, message: t('auth:passwordRequired') },
          newPasswordRule(t, () => session.user.username),
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('auth:confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('auth:passwordRequired') },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('auth:confirmMismatch'))),
          }),
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="password-change-submit">
        {submitLabel}
      </Button>
    </Form>
  );
}
