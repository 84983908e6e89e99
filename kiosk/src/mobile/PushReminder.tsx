import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { MobileStore } from './mobile-store.ts';
import type { PushActions } from './push-reminder.ts';

/** 到号提醒 on the ticket page: offer, state, and why not where it cannot work (see PushState). */
export function PushReminder({ store, actions }: { store: MobileStore; actions: PushActions }) {
  const { t } = useTranslation();
  const push = useStore(store, (s) => s.push);
  const lang = useStore(store, (s) => s.lang);
  if (push === 'unknown' || push === 'hidden') return null;
  return (
    <section className="m-reminder" data-testid="mobile-reminder" data-state={push}>
      <p className="m-reminder__title">{t('mobile.reminder.title')}</p>
      {push === 'off' || push === 'failed' ? (
        <>
          <p className="m-reminder__text">{t(push === 'off' ? 'mobile.reminder.offer' : 'mobile.reminder.failed')}</p>
          <button
            type="button"
            className="m-reminder__button"
            data-testid="reminder-enable"
            onClick={() => void actions.enable(lang)}
          >
            {t('mobile.reminder.enable')}
          </button>
        </>
      ) : null}
      {push === 'on' ? (
        <>
          <p className="m-reminder__text">{t('mobile.reminder.on')}</p>
          <button
            type="button"
            className="m-reminder__button m-reminder__button--quiet"
            data-testid="reminder-disable"
            onClick={() => void actions.disable()}
          >
            {t('mobile.reminder.disable')}
          </button>
        </>
      ) : null}
      {push === 'busy' ? <p className="m-reminder__text">{t('mobile.reminder.busy')}</p> : null}
      {push === 'insecure' || push === 'denied' ? (
        <p className="m-reminder__text">{t(`mobile.reminder.${push}`)}</p>
      ) : null}
    </section>
  );
}
