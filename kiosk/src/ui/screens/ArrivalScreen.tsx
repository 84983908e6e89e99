import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBranchClock, pickText, type ArrivalMatch } from '@lobby/shared';
import { useActions, useKiosk } from '../kiosk-context.tsx';
import { StepFrame } from '../components/StepFrame.tsx';
import { NumericKeypad } from '../components/NumericKeypad.tsx';
import { scanKey, shownArrivalDigits, typedArrivalQuery } from '../../logic/arrival-input.ts';

/**
 * 预约取号: a booked customer (or one with a phone ticket) shows the booking's QR code to the
 * scanner, or types the booking code or their mobile number; the screen lists what is booked for
 * today and checks it in. Late is said before the button, so nobody is surprised by a walk-in ticket.
 */
export function ArrivalScreen() {
  const { t } = useTranslation();
  const actions = useActions();
  const match = useKiosk((s) => s.arrival.match);
  useScanner(actions.findArrival);
  return (
    <StepFrame title={t('arrival.title')} subtitle={match ? t('arrival.found') : t('arrival.prompt')}>
      {match ? <ArrivalMatches match={match} /> : <ArrivalEntry />}
    </StepFrame>
  );
}

/** The QR scanner types like a keyboard: its text and Enter, read anywhere on this screen. */
function useScanner(found: (text: string) => Promise<void>) {
  const buffer = useRef('');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const next = scanKey(buffer.current, e.key);
      buffer.current = next.buffer;
      if (next.scanned !== null) void found(next.scanned);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [found]);
}

function ArrivalEntry() {
  const { t } = useTranslation();
  const actions = useActions();
  const digits = useKiosk((s) => s.arrival.digits);
  const notFound = useKiosk((s) => s.arrival.notFound);
  const busy = useKiosk((s) => s.busy);
  return (
    <div className="arrival-entry">
      <div className="vip-entry__field" aria-live="polite" data-testid="arrival-digits">
        {digits === '' ? <span className="vip-entry__placeholder">—</span> : shownArrivalDigits(digits)}
      </div>
      {notFound ? (
        <p className="arrival-entry__none" role="alert" data-testid="arrival-not-found">
          {t('arrival.notFound')}
        </p>
      ) : null}
      <NumericKeypad onKey={actions.pressArrivalKey} disabled={busy} />
      <button
        type="button"
        className="choice choice--primary vip-entry__submit"
        onClick={() => void actions.findArrival()}
        disabled={busy || typedArrivalQuery(digits) === null}
        data-testid="arrival-submit"
      >
        <span className="choice__title">{busy ? t('arrival.lookingUp') : t('arrival.submit')}</span>
      </button>
    </div>
  );
}

function ArrivalMatches({ match }: { match: ArrivalMatch }) {
  const { t } = useTranslation();
  const actions = useActions();
  const lang = useKiosk((s) => s.lang);
  const config = useKiosk((s) => s.config);
  const busy = useKiosk((s) => s.busy);
  if (!config) return null;
  const tz = config.hours.timeZone;
  const typeName = (id: string) => {
    const bt = config.businessTypes.find((b) => b.id === id);
    return bt ? pickText(bt.name, lang) : id;
  };
  const laneName = (id: string) => {
    const lane = config.lanes.find((l) => l.id === id);
    return lane ? pickText(lane.name, lang) : id;
  };
  return (
    <ul className="arrivals" data-testid="arrival-matches">
      {match.bookings.map((b) => {
        const slot = `${formatBranchClock(b.slotStart, tz)}–${formatBranchClock(b.slotEnd, tz)}`;
        const open = b.status === 'booked' && b.arrival !== 'early';
        return (
          <li key={b.id} className={`arrival arrival--${b.status}`} data-testid={`arrival-booking-${b.code}`}>
            <p className="arrival__title">{t('arrival.booking', { type: typeName(b.businessTypeId), slot })}</p>
            {b.status === 'checked_in' ? <p className="arrival__note">{t('arrival.alreadyIn')}</p> : null}
            {b.status === 'booked' && b.arrival === 'early' ? (
              <p className="arrival__note" data-testid="arrival-early">
                {t('arrival.early', { from: formatBranchClock(b.checkInFrom, tz) })}
              </p>
            ) : null}
            {open && b.arrival === 'late' ? (
              <p className="arrival__warn" role="alert" data-testid="arrival-late">
                {t('arrival.late')}
              </p>
            ) : null}
            {open ? (
              <button
                type="button"
                className="choice choice--primary"
                onClick={() => void actions.checkIn(b.id)}
                disabled={busy}
                data-testid="arrival-check-in"
              >
                <span className="choice__title">
                  {b.arrival === 'late' ? t('arrival.checkInLate') : t('arrival.checkIn')}
                </span>
              </button>
            ) : null}
          </li>
        );
      })}
      {match.remoteTickets.map((r) => (
        <li key={r.id} className="arrival" data-testid={`arrival-remote-${r.number}`}>
          <p className="arrival__title">{t('arrival.remote', { number: r.number, lane: laneName(r.laneId) })}</p>
          {r.activated ? (
            <p className="arrival__note">{t('arrival.activated')}</p>
          ) : (
            <button
              type="button"
              className="choice choice--primary"
              onClick={() => void actions.activateRemote(r.id)}
              disabled={busy}
              data-testid="arrival-activate"
            >
              <span className="choice__title">{t('arrival.activate')}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
