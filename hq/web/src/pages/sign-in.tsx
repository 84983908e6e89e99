import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HqSessionUser } from '@lobby/shared';
import { apiCall } from '../api.ts';
import { useHq } from '../store.ts';

export function SignIn({ langSwitch }: { langSwitch: ReactNode }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="hq-signin">
      <Card title={t('signIn.title')} extra={langSwitch}>
        <Form
          layout="vertical"
          onFinish={async (v: { username: string; password: string }) => {
            setBusy(true);
            const r = await apiCall<{ token: string; user: HqSessionUser }>(null, 'POST', '/auth/login', v);
            setBusy(false);
            if (r.ok) useHq.getState().setSession(r.data);
            else setError(t(`errors.${r.code}`));
          }}
        >
          <Form.Item name="username" label={t('signIn.username')} rules={[{ required: true }]}>
            <Input data-testid="signin-username" autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true }]}>
            <Input.Password data-testid="signin-password" autoComplete="current-password" />
          </Form.Item>
          {error && <Alert type="error" message={error} style={{ marginBottom: 12 }} />}
          <Button type="primary" htmlType="submit" loading={busy} block data-testid="signin-submit">
            {t('signIn.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
