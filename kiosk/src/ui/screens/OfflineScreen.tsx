import { useTranslation } from 'react-i18next';
import { useKiosk } from '../kiosk-context.tsx';

/** Shown whenever the kiosk has no live server: nothing can be issued, and it recovers by itself. */
export function OfflineScreen() {
  const { t } = useTranslation();
  const connection = useKiosk((s) => s.connection);
  const connecting = connection === 'connecting';
  return (
    <div className="screen screen--blocked" data-testid="offline-screen" data-connection={connection}>
      <main className="blocked">
        <div className="blocked__icon blocked__icon--spin" aria-hidden />
        <h1 className="blocked__title">{connecting ? t('offline.connecting') : t('offline.title')}</h1>
        {connecting ? null : <p className="blocked__body">{t('offline.body')}</p>}
        <p className="blocked__help">{t('offline.help')}</p>
      </main>
    </div>
  );
}
