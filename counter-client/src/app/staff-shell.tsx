import { Suspense, lazy, useEffect, useState, type ReactNode } from 'react';
import { App as AntdApp, Button, Layout, Modal, Result, Space, Spin, Tag, Typography } from 'antd';
import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../store/app-store.ts';
import type { StaffSession } from '../store/session-slice.ts';
import { connectStaffRealtime } from '../realtime/socket.ts';
import type { SendCommand } from '@lobby/shared/realtime-client';
import { SendCommandContext } from '../realtime/realtime-context.tsx';
import { ConnectionIndicator } from '../ui/connection-indicator.tsx';
import { LanguageSwitch } from '../ui/language-switch.tsx';
import { WriteFailureBanner } from '../ui/write-failure-banner.tsx';
import { PasswordChangeForm } from '../auth/password-change-form.tsx';
import { SignInElsewhereBanner } from '../auth/sign-in-elsewhere-banner.tsx';
import { TellerPage } from '../teller/teller-page.tsx';
import { homePathOf, mayOpen } from './routes.ts';
import { navigate } from './navigation.ts';

const LobbyApp = lazy(() => import('../lobby/index.tsx'));
const AdminApp = lazy(() => import('../admin/index.tsx'));

interface Props {
  session: StaffSession;
  route: 'teller' | 'lobby' | 'admin';
  onSignOut: () => void;
  /** After one's own password change: the new session replaces this one (its socket reconnects). */
  onSessionRenewed: (next: StaffSession) => void;
}

/**
 * A signed-in staff member: one socket for the whole sign-in (opened here, closed on sign
 * out), the header every staff page shares, and the page for the current path.
 */
export function StaffShell({ session, route, onSignOut, onSessionRenewed }: Props) {
  const store = useAppStoreApi();
  const [send, setSend] = useState<SendCommand | null>(null);

  useEffect(() => {
    const connection = connectStaffRealtime(store, session.token);
    setSend(() => connection.sendCommand);
    return () => {
      connection.close();
      store.getState().resetRealtime();
      setSend(null);
    };
  }, [store, session.token]);

  const allowed = mayOpen(route, session.user.role);
  return (
    <Layout className="staff-layout">
      <StaffHeader session={session} onSignOut={onSignOut} onSessionRenewed={onSessionRenewed} />
      {/* The floor and the branch's settings are run from these two: they must see it (a teller's next call fails loudly by itself). */}
      {allowed && route !== 'teller' && <WriteFailureBanner />}
      <SignInElsewhereBanner />
      <Layout.Content className="staff-content">
        {!allowed ? (
          <Forbidden session={session} route={route} onSignOut={onSignOut} />
        ) : send === null ? (
          <Spin size="large" />
        ) : (
          <SendCommandContext.Provider value={send}>
            <Suspense fallback={<Spin size="large" />}>{pageFor(route)}</Suspense>
          </SendCommandContext.Provider>
        )}
      </Layout.Content>
    </Layout>
  );
}

function pageFor(route: 'teller' | 'lobby' | 'admin'): ReactNode {
  if (route === 'teller') return <TellerPage />;
  if (route === 'lobby') return <LobbyApp />;
  return <AdminApp />;
}

function StaffHeader({ session, onSignOut, onSessionRenewed }: Omit<Props, 'route'>) {
  const { t } = useTranslation(['common', 'auth']);
  const { message } = AntdApp.useApp();
  const [changing, setChanging] = useState(false);
  const connection = useAppStore((s) => s.connection);
  const lastUpdateAt = useAppStore((s) => s.lastUpdateAt);
  return (
    <Layout.Header className="staff-header">
      <Typography.Text strong className="staff-app-name">
        {t('appName')}
      </Typography.Text>
      <Space size="middle">
        <ConnectionIndicator state={connection} lastUpdateAt={lastUpdateAt} />
        <span data-testid="signed-in-user">
          {session.user.name} <Tag>{t(`role.${session.user.role}`)}</Tag>
        </span>
        <LanguageSwitch />
        <Button icon={<KeyOutlined />} onClick={() => setChanging(true)} data-testid="change-password">
          {t('auth:changeTitle')}
        </Button>
        <Button icon={<LogoutOutlined />} onClick={onSignOut} data-testid="sign-out">
          {t('signOut')}
        </Button>
      </Space>
      <Modal
        open={changing}
        title={t('auth:changeTitle')}
        footer={null}
        onCancel={() => setChanging(false)}
        destroyOnHidden
      >
        <PasswordChangeForm
          session={session}
          submitLabel={t('auth:changeSubmit')}
          onChanged={(next) => {
            setChanging(false);
            void message.success(t('auth:changed'));
            onSessionRenewed(next);
          }}
        />
      </Modal>
    </Layout.Header>
  );
}

function Forbidden({
  session,
  route,
  onSignOut,
}: {
  session: StaffSession;
  route: 'teller' | 'lobby' | 'admin';
  onSignOut: () => void;
}) {
  const { t } = useTranslation('common');
  const role = session.user.role;
  return (
    <Result
      status="403"
      title={t('route.forbidden', { role: t(`role.${role}`) })}
      subTitle={t('route.forbiddenHint', {
        allowed: ['teller', 'lobby', 'admin']
          .filter((r) => mayOpen(route, r as never))
          .map((r) => t(`role.${r}`))
          .join('、'),
      })}
      extra={[
        <Button type="primary" key="home" onClick={() => navigate(homePathOf(role))}>
          {t('route.goHome')}
        </Button>,
        <Button key="switch" onClick={onSignOut}>
          {t('route.switchUser')}
        </Button>,
      ]}
      data-testid="forbidden"
    />
  );
}
