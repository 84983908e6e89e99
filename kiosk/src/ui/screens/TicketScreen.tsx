import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '@lobby/shared';
import { useActions, useKiosk } from '../kiosk-context.tsx';
import { KioskHeader } from '../components/KioskHeader.tsx';
import { useIssuedTicket } from '../use-issued-ticket.ts';
import { useIdleTimeout } from '../use-idle-timeout.ts';
import { TICKET_SCREEN_MS } from '../../logic/idle.ts';

/** The issued ticket, large: readable from a metre away while the printer works. */
export function TicketScreen() {
  const { t } = useTranslation();
  const actions = useActions();
  const lang = useKiosk((s) => s.lang);
  const printStatus = useKiosk((s) => s.printStatus);
  const ticket = useIssuedTicket();
  const outcome = useKiosk((s) => s.arrivalOutcome);
  const finish = useCallback(() => actions.timeOut(), [actions]);
  const secondsLeft = useIdleTimeout(TICKET_SCREEN_MS, finish, ticket?.number);
  if (!ticket) return null;
  return (
    <div className="screen screen--ticket">
      <KioskHeader />
      <main className={ticket.qr ? 'ticket' : 'ticket ticket--no-qr'} data-testid="ticket-screen">
        <p className="ticket__title">{t('ticket.title')}</p>
        <div className="ticket__card">
          {outcome ? (
            <p
              className={`ticket__arrival ticket__arrival--${outcome}`}
              role={outcome === 'late' ? 'alert' : undefined}
              data-testid="ticket-arrival"
              data-outcome={outcome}
            >
              {t(`ticket.arrival.${outcome}`)}
            </p>
          ) : null}
          <p className="ticket__label">{t('ticket.yourNumber')}</p>
          <p className="ticket__number" data-testid="ticket-number">
            {ticket.number}
          </p>
          <p className="ticket__lane">
            {pickText(ticket.laneName, lang)} · {pickText(ticket.businessName, lang)}
          </p>
          {ticket.aheadText !== null ? (
            <p className="ticket__ahead" data-testid="ticket-ahead">
              {ticket.aheadText}
            </p>
          ) : null}
          <p className="ticket__estimate">
            {t('ticket.estimate')}
            {t('common.labelColon')}
            <strong data-testid="ticket-estimate">{ticket.estimateText}</strong>
          </p>
          <p className="ticket__time">
            {t('ticket.time')}
            {t('common.labelColon')}
            {ticket.issuedAtText}
          </p>
        </div>
        {ticket.qr ? (
          <div className="ticket__side">
            <img className="ticket__qr" src={ticket.qr} alt="" data-testid="ticket-qr" />
            <p className="ticket__scan">{t('ticket.scan')}</p>
          </div>
        ) : null}
        <p className="ticket__one-metre">{t('ticket.oneMetre')}</p>
        <p
          className={`ticket__print ticket__print--${printStatus}`}
          data-testid="print-status"
          data-status={printStatus}
        >
          {printStatus === 'failed'
            ? t(ticket.qr ? 'ticket.printFailed' : 'ticket.printFailedNoQr')
            : printStatus === 'printed'
              ? t('ticket.printed')
              : t('ticket.printing')}
        </p>
      </main>
      <footer className="step-nav">
        <span className="step-nav__countdown">
          {secondsLeft !== null ? t('ticket.autoReturn', { seconds: secondsLeft }) : ''}
        </span>
        <button type="button" className="nav-button nav-button--primary" onClick={finish} data-testid="ticket-done">
          {t('ticket.done')}
        </button>
      </footer>
    </div>
  );
}
