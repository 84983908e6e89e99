import { Alert } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';

/**
 * Red, across the page, while the server's database does not take writes (pushed as
 * `storage:updated`): the lobby and the admin must act before customers lose their place.
 * It leaves by itself when the server saves again.
 */
export function WriteFailureBanner() {
  const { t } = useTranslation('common');
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
        time: health.since === null ? '—' : dayjs(health.since).format('HH:mm:ss'),
        code: health.code ?? '—',
      })}
    />
  );
}
