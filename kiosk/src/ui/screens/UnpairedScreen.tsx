import { useTranslation } from 'react-i18next';
import { isLoopbackHost } from '@lobby/shared';

/**
 * No or a refused device token: only an administrator can fix this. Pairing is when staff
 * stand at the kiosk, so this is where to say that its page address is one no phone can open.
 */
export function UnpairedScreen() {
  const { t } = useTranslation();
  const loopback = isLoopbackHost(window.location.hostname);
  return (
    <div className="screen screen--blocked" data-testid="unpaired-screen">
      <main className="blocked">
        <h1 className="blocked__title">{t('unpaired.title')}</h1>
        <p className="blocked__body">{t('unpaired.body')}</p>
        {loopback ? (
          <p className="qr-host-warning qr-host-warning--pairing" role="status" data-testid="pairing-qr-warning">
            {t('unpaired.loopback', { host: window.location.host })}
          </p>
        ) : null}
      </main>
    </div>
  );
}
