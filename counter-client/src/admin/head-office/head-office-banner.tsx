import { useEffect } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { REPLICATION_ROUTES } from '@lobby/shared';
import { useAreaResources } from '../../i18n/area-resources.ts';
import { useRemote } from '../use-admin-api.ts';
import { adminHqResources } from './i18n.ts';

/** Above every admin page while replication to head office needs attention (checked each minute). */
const RECHECK_MS = 60_000;

export function HeadOfficeBanner({ onOpen }: { onOpen: () => void }) {
  useAreaResources('adminHq', adminHqResources);
  const { t } = useTranslation('adminHq');
  const { data, reload } = useRemote(REPLICATION_ROUTES.status, {});
  useEffect(() => {
    const timer = setInterval(reload, RECHECK_MS);
    return () => clearInterval(timer);
  }, [reload]);
  if (!data?.alert) return null;
  return (
    <Alert
      data-testid="hq-banner"
      type={data.alert === 'hq_unreachable' ? 'warning' : 'error'}
      showIcon
      banner
      message={t(`alerts.${data.alert}`)}
      action={<a onClick={onOpen}>{t('title')}</a>}
      style={{ marginBottom: 8 }}
    />
  );
}
