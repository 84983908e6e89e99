import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BOOKING_ROUTES,
  callRoute,
  pickText,
  type BookingCustomerView,
  type CallFailure,
  type UiLanguage,
} from '@lobby/shared';
import { formatBranchClock } from '../../logic/ticket-time.ts';
import { ErrorLine } from './ErrorLine.tsx';

export interface ManageEnv {
  origin: string;
  makeQr(url: string): Promise<string>;
  fetch?: typeof fetch;
}

/**
 * The customer's own booking (`/b/<token>`, the link in the text message): the booking code and
 * its QR code for the kiosk, the slot on the branch clock, what to bring, when check-in opens —
 * and a cancel button while it is still booked.
 */
export function BookingManagePage({ token, env }: { token: string; env: ManageEnv }) {
  const { t, i18n } = useTranslation();
  const lang: UiLanguage = i18n.language === 'en' ? 'en' : 'zh';
  const [view, setView] = useState<BookingCustomerView | null>(null);
  const [error, setError] = useState<CallFailure['code'] | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const opts = env.fetch ? { fetch: env.fetch } : {};

  useEffect(() => {
    void callRoute(BOOKING_ROUTES.booking, { params: { token } }, opts).then((r) => {
      if (r.ok) setView(r.data);
      else setError(r.code);
    });
    // The token is the page's identity: loaded once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);
  useEffect(() => {
    if (view) void env.makeQr(`${env.origin}${view.managePath}`).then(setQr);
  }, [view, env]);

  if (error === 'NOT_FOUND')
    return (
      <p className="m-problem" data-testid="mobile-problem">
        {t('booking.notFound')}
      </p>
    );
  if (!view) return error ? <ErrorLine code={error} /> : <p className="m-loading">{t('mobile.loading')}</p>;
  const clock = (at: number) => formatBranchClock(at, view.timeZone);
  const cancel = async () => {
    const r = await callRoute(BOOKING_ROUTES.cancel, { params: { token } }, opts);
    setConfirming(false);
    if (r.ok) setView(r.data);
    else setError(r.code);
  };

  return (
    <section className="m-card" data-testid="booking-card" data-status={view.status}>
      <p className="m-card__label">{t('booking.yourCode')}</p>
      <p className="m-card__number" data-testid="booking-code-shown">
        {view.code}
      </p>
      <p className={`m-status m-status--booking-${view.status}`} data-testid="booking-status">
        {t(`booking.status.${view.status}`)}
      </p>
      <p className="m-card__lane">
        {pickText(view.businessTypeName, lang)} · {pickText(view.laneName, lang)}
      </p>
      <p className="m-card__slot" data-testid="booking-slot">
        {view.businessDate} {clock(view.slotStart)}–{clock(view.slotEnd)}
      </p>
      {view.status === 'booked' ? (
        <>
          {qr ? <img className="m-qr" src={qr} alt={t('booking.qrAlt')} width={180} height={180} /> : null}
          <p className="m-hint" data-testid="booking-window">
            {t('booking.window', { from: clock(view.checkInFrom), until: clock(view.onTimeUntil) })}
          </p>
        </>
      ) : null}
      {view.materials.length > 0 ? (
        <div className="m-materials">
          <strong>{t('booking.materials')}</strong>
          <ul>
            {view.materials.map((m, i) => (
              <li key={i}>{pickText(m, lang)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="m-card__meta">
        {pickText(view.branchName, lang)} · {pickText(view.branchAddress, lang)}
      </p>
      {view.ticketPath ? (
        <a className="m-button" href={view.ticketPath}>
          {t('booking.openTicket')}
        </a>
      ) : null}
      {error ? <ErrorLine code={error} /> : null}
      {view.status === 'booked' && !confirming ? (
        <button type="button" className="m-button m-button--secondary" onClick={() => setConfirming(true)}>
          {t('booking.cancel')}
        </button>
      ) : null}
      {confirming ? (
        <div className="m-confirm" role="alertdialog" aria-label={t('booking.cancelAsk')}>
          <p>{t('booking.cancelAsk')}</p>
          <button
            type="button"
            className="m-button m-button--danger"
            data-testid="booking-cancel-yes"
            onClick={() => void cancel()}
          >
            {t('booking.cancelYes')}
          </button>
          <button type="button" className="m-button m-button--secondary" onClick={() => setConfirming(false)}>
            {t('booking.cancelNo')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
