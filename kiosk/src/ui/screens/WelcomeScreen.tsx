import { useTranslation } from 'react-i18next';
import { pickText } from '@lobby/shared';
import { useActions, useKiosk } from '../kiosk-context.tsx';
import { KioskHeader } from '../components/KioskHeader.tsx';
import { hardZoneHint } from '../../logic/lanes.ts';
import { QrHostWarning } from '../components/QrHostWarning.tsx';

/** The first screen: counter service (soft zone), self-service / fast service (hard zone), or 预约取号 for a booking or phone ticket. */
export function WelcomeScreen() {
  const { t } = useTranslation();
  const actions = useActions();
  const lang = useKiosk((s) => s.lang);
  const branchName = useKiosk((s) => s.config?.branch.name ?? null);
  const hours = useKiosk((s) => s.config?.hours ?? null);
  const config = useKiosk((s) => s.config);
  return (
    <div className="screen screen--welcome">
      <KioskHeader />
      <main className="welcome">
        <h1 className="welcome__greeting">{t('welcome.greeting')}</h1>
        {branchName ? <p className="welcome__branch">{pickText(branchName, lang)}</p> : null}
        <p className="welcome__prompt">{t('welcome.prompt')}</p>
        <div className="welcome__choices">
          <button
            type="button"
            className="zone-button zone-button--soft"
            onClick={actions.chooseSoftZone}
            data-testid="zone-soft"
          >
            <span className="zone-button__title">{t('welcome.soft')}</span>
            <span className="zone-button__hint">{t('welcome.softHint')}</span>
          </button>
          <button
            type="button"
            className="zone-button zone-button--hard"
            onClick={actions.chooseHardZone}
            data-testid="zone-hard"
          >
            <span className="zone-button__title">{t('welcome.hard')}</span>
            <span className="zone-button__hint" data-testid="zone-hard-hint">
              {config ? hardZoneHint(config, lang) : t('welcome.hardHint')}
            </span>
          </button>
          <button
            type="button"
            className="zone-button zone-button--arrival"
            onClick={actions.chooseArrival}
            data-testid="zone-arrival"
          >
            <span className="zone-button__title">{t('welcome.arrival')}</span>
            <span className="zone-button__hint">{t('welcome.arrivalHint')}</span>
          </button>
        </div>
        {hours ? (
          <p className="welcome__hours">
            {t('welcome.hours', { open: hours.open, close: hours.close, lastTicket: hours.lastTicket })}
          </p>
        ) : null}
      </main>
      <QrHostWarning />
    </div>
  );
}
