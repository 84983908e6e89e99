import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';
import { useBranchTime } from './use-branch-time.ts';

/**
 * Red, across the page, while the server's database does not take writes (pushed as
 * `storage:updated`): the lobby and the admin must act before customers lose their place.
 * It leaves by itself when the server saves again.
 */
export function WriteFailureBanner() {
  const { t } = useTranslation('common');
  const fmt = useBranchTime();
  const health = useAppStore((s) => s.writeHealth);
  if (!health?.failing) return null;
  return (
    <Alert
      type="error"
      showIcon
      banner
      className="write-failure-banner"
      data-testid="write-failure-banner"
      data-code={health.code ?? ''}
      title={t('writeFailure.title')}
      description={t('writeFailure.body', {
        time: health.since === null ? '—' : fmt(health.since, 'HH:mm:ss'),
        code: health.code ?? '—',
      })}
    />
  );
}
