import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { formatBranch, pickText, type MobileTicketView } from '@lobby/shared';
import type { MobileStore } from './mobile-store.ts';
import type { PushActions } from './push-reminder.ts';
import { PushReminder } from './PushReminder.tsx';
import { estimateText } from '../logic/estimate-format.ts';
import { formatBranchClock } from '../logic/ticket-time.ts';

/** The phone's own zone, for "updated at" before the first answer says which zone the branch is in. */
const PHONE_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The customer's own ticket on their phone: number, status, place in the queue. No customer data. */

function StatusLine({ view }: { view: MobileTicketView }) {
  const { t } = useTranslation();
  const lang = useTranslation().i18n.language === 'en' ? 'en' : 'zh';
  const counter = view.counterName
    ? pickText(view.counterName, lang)
    : view.counterNumber !== null
      ? `${view.counterNumber}`
      : '';
  const text =
    view.status === 'called'
      ? t('mobile.status.called', { counter })
      : view.remote?.lapsed
        ? t('mobile.status.lapsed')
        : t(`mobile.status.${view.status}`);
  return (
    <p className={`m-status m-status--${view.status}`} data-testid="mobile-status" data-status={view.status}>
      {text}
    </p>
  );
}

export function MobileApp({
  store,
  onLanguage,
  push,
}: {
  store: MobileStore;
  onLanguage: (lang: 'zh' | 'en') => void;
  /** Web Push reminders for this ticket; absent on a page without a ticket. */
  push?: PushActions;
}) {
  const { t } = useTranslation();
  const view = useStore(store, (s) => s.view);
  const problem = useStore(store, (s) => s.problem);
  const loading = useStore(store, (s) => s.loading);
  const updatedAt = useStore(store, (s) => s.updatedAt);
  const lang = useStore(store, (s) => s.lang);
  const est = estimateText(view?.estimate ?? null);
  // Times on the branch clock: a customer whose phone is set to another zone sees what the hall shows.
  const clock = (at: number) => formatBranchClock(at, view?.timeZone ?? PHONE_ZONE);

  return (
    <div className="m-page">
      <header className="m-header">
        <span className="m-header__branch">{view ? pickText(view.branchName, lang) : t('mobile.title')}</span>
        <button type="button" className="m-lang" onClick={() => onLanguage(lang === 'zh' ? 'en' : 'zh')}>
          {t('common.language')}
        </button>
      </header>
      {problem === 'network' ? (
        <p className="m-banner" role="status">
          {t('mobile.networkError')}
        </p>
      ) : null}
      <main className="m-main">
        {problem === 'bad_link' ? (
          <p className="m-problem" data-testid="mobile-problem">
            {t('mobile.badLink')}
          </p>
        ) : null}
        {problem === 'not_found' ? (
          <p className="m-problem" data-testid="mobile-problem">
            {t('mobile.notFound')}
          </p>
        ) : null}
        {loading && !view && problem === 'none' ? <p className="m-loading">{t('mobile.loading')}</p> : null}
        {view ? (
          <section className="m-card" data-testid="mobile-ticket">
            <p className="m-card__label">{t('mobile.title')}</p>
            <p className="m-card__number" data-testid="mobile-number">
              {view.number}
            </p>
            <p className="m-card__lane">
              {pickText(view.laneName, lang)} · {pickText(view.businessTypeName, lang)}
            </p>
            <StatusLine view={view} />
            {view.remote && !view.remote.activated && view.status === 'waiting' ? (
              <p className="m-remote" data-testid="mobile-remote">
                {view.remote.lapsesAt !== null
                  ? t('mobile.remoteLapses', { time: clock(view.remote.lapsesAt) })
                  : t('mobile.remoteNotHere')}
              </p>
            ) : null}
            {view.status === 'waiting' ? (
              <>
                {view.ahead !== null ? (
                  <p className="m-card__ahead" data-testid="mobile-ahead">
                    {t('ticket.ahead', { count: view.ahead })}
                  </p>
                ) : null}
                <p className="m-card__estimate">
                  {t('mobile.estimate')}
                  {t('common.labelColon')}
                  <strong>{t(est.key, est.params)}</strong>
                </p>
              </>
            ) : null}
            <p className="m-card__meta" data-testid="mobile-issued-at">
              {t('mobile.issuedAt')}
              {t('common.labelColon')}
              {view.businessDate} {clock(view.issuedAt)}
            </p>
          </section>
        ) : null}
        {view && view.status === 'waiting' ? <p className="m-metre">{t('mobile.oneMetre')}</p> : null}
        {view && push && (view.status === 'waiting' || view.status === 'suspended') ? (
          <PushReminder store={store} actions={push} />
        ) : null}
        {view ? (
          <a className="m-link" href="/book" data-testid="mobile-book-link">
            {t('mobile.bookLink')}
          </a>
        ) : null}
        {view && updatedAt !== null ? (
          <p className="m-updated" data-testid="mobile-updated" data-live={String(problem === 'none')}>
            {t(problem === 'none' ? 'mobile.live' : 'mobile.asOf', {
              time: formatBranch(updatedAt, view.timeZone, 'HH:mm:ss'),
            })}
          </p>
        ) : null}
      </main>
    </div>
  );
}
