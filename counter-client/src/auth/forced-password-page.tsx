import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../ui/language-switch.tsx';
import type { StaffSession } from '../store/session-slice.ts';
import { PasswordChangeForm } from './password-change-form.tsx';

interface Props {
  session: StaffSession;
  onChanged: (next: StaffSession) => void;
  onSignOut: () => void;
}

/**
 * A sign-in with a one-time or admin-set password: nothing else opens (the server refuses
 * this session everything but the change) until its user has chosen their own password.
 */
export function ForcedPasswordPage({ session, onChanged, onSignOut }: Props) {
  const { t } = useTranslation(['auth', 'common']);
  return (
    <div className="sign-in">
      <LanguageSwitch className="sign-in-language" />
      <Card className="sign-in-card" data-testid="forced-password-change">
        <div className="sign-in-heading">
          <Typography.Text type="secondary">{t('common:appName')}</Typography.Text>
          <Typography.Title level={3} style={{ margin: '4px 0 0' }}>
            {t('auth:forcedTitle')}
          </Typography.Title>
        </div>
        <Alert
          type="info"
          showIcon
          title={t('auth:forcedReason', { name: session.user.name })}
          style={{ marginBottom: 16 }}
        />
        <PasswordChangeForm session={session} onChanged={onChanged} submitLabel={t('auth:forcedSubmit')} />
        <Button type="link" block onClick={onSignOut} style={{ marginTop: 8 }}>
          {t('common:signOut')}
        </Button>
      </Card>
    </div>
  );
}
