import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOOKING_ROUTES, callRoute, type ArrivalResult, type CallFailure } from '@lobby/shared';
import { ErrorLine } from './ErrorLine.tsx';
import { phoneTicketTokens } from './phone-tickets.ts';

/**
 * The hall poster's QR (`/hall/<key>`): scanning it proves the phone is in the hall, so the
 * phone tickets taken on this phone are activated (callable from now on).
 */
export function HallArrivalPage({
  posterKey,
  storage,
  fetchImpl,
}: {
  posterKey: string;
  storage: Storage;
  fetchImpl?: typeof fetch;
}) {
  const { t } = useTranslation();
  const [result, setResult] = useState<ArrivalResult | null>(null);
  const [error, setError] = useState<CallFailure['code'] | null>(null);
  const tokens = phoneTicketTokens(storage);

  useEffect(() => {
    if (tokens.length === 0) return;
    void callRoute(BOOKING_ROUTES.arrive, { body: { posterKey, tokens } }, fetchImpl ? { fetch: fetchImpl } : {}).then(
      (r) => (r.ok ? setResult(r.data) : setError(r.code)),
    );
    // Once per scan.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [posterKey]);

  return (
    <section className="m-card" data-testid="hall-arrival">
      <p className="m-card__lane">{t('booking.hall.title')}</p>
      {error ? <ErrorLine code={error} /> : null}
      {tokens.length === 0 || (result && result.tickets.length === 0) ? <p>{t('booking.hall.none')}</p> : null}
      {result?.tickets.map((x) => (
        <p key={x.mobilePath} data-testid="hall-ticket" data-activated={x.activated}>
          <a href={x.mobilePath}>
            <strong>{x.number}</strong> {x.activated ? t('booking.hall.activated') : t('booking.hall.notActive')}
          </a>
        </p>
      ))}
      <a className="m-button m-button--secondary" href="/book">
        {t('booking.hall.book')}
      </a>
    </section>
  );
}
