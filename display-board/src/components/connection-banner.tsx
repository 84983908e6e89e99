import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisplay } from '../app/display-context.ts';

/** While offline: how old the figures on screen are, counted up every second. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const status = useDisplay((s) => s.connection.status);
  const lastDataAt = useDisplay((s) => s.connection.lastDataAt);
  const errorCode = useDisplay((s) => s.connection.errorCode);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  if (status === 'offline' || (status === 'connecting' && lastDataAt !== null)) {
    const seconds = lastDataAt === null ? 0 : Math.max(0, Math.round((now - lastDataAt) / 1000));
    return (
      <div className="banner banner-offline" role="alert" data-testid="connection-banner">
        {t('banner.offline', { seconds })}
      </div>
    );
  }
  if (status === 'online' && errorCode) {
    return (
      <div className="banner banner-warn" role="status" data-testid="error-banner">
        {t('banner.error', { message: t(`errors.${errorCode}`), code: errorCode })}
      </div>
    );
  }
  return null;
}
