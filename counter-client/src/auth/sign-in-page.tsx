import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../realtime/error-messages.ts';
import { useAppStore } from '../store/app-store.ts';
import { login } from './auth-api.ts';
import { LanguageSwitch } from '../ui/language-switch.tsx';
import type { StaffSession } from '../store/session-slice.ts';
import type { OtherSignIn } from '@lobby/shared';

interface Props {
  /** `elsewhere`: the account's other live sign-ins (another PC). */
  onSignedIn: (session: StaffSession, elsewhere: OtherSignIn[]) => void;
}

export function SignInPage({ onSignedIn }: Props) {
  const { t } = useTranslation(['auth', 'common']);
  const signedOutReason = useAppStore((s) => s.signedOutReason);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: { username: string; password: string }) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await login(values);
    setBusy(false);
    if (result.ok) onSignedIn({ token: result.data.token, user: result.data.user }, result.data.otherSignIns);
    else setError(result.code === 'CLIENT_OFFLINE' ? t('auth:networkError') : errorMessage(t, result.code));
  };

  return (
    <div className="sign-in">
      <LanguageSwitch className="sign-in-language" />
      <Card className="sign-in-card">
        <div className="sign-in-heading">
          <Typography.Text type="secondary">{t('common:appName')}</Typography.Text>
          <Typography.Title level={3} style={{ margin: '4px 0 0' }}>
            {t('auth:title')}
          </Typography.Title>
        </div>
        {signedOutReason && (
          <Alert
            type="warning"
            showIcon
            title={t(signedOutReason === 'idle' ? 'common:idleSignedOut' : 'common:revoked')}
            style={{ marginBottom: 16 }}
            data-testid="signed-out-reason"
          />
        )}
        {error && (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="sign-in-error" />
        )}
        <Form layout="vertical" onFinish={submit} requiredMark={false} size="large">
          <Form.Item
            name="username"
            label={t('auth:username')}
            rules={[{ required: true, message: t('auth:usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth:password')}
            rules={[{ required: true, message: t('auth:passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('auth:submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
