import { useTranslation } from 'react-i18next';
import { useIssuedTicket } from '../ui/use-issued-ticket.ts';
import { useKiosk } from '../ui/kiosk-context.tsx';

/**
 * The paper ticket: print-only DOM laid out for 80 mm thermal paper (see print.css).
 * Chinese first; the English names follow when the customer chose English.
 */
export function PrintTicket() {
  const { t } = useTranslation();
  const ticket = useIssuedTicket();
  const lang = useKiosk((s) => s.lang);
  const outcome = useKiosk((s) => s.arrivalOutcome);
  if (!ticket) return null;
  return (
    <div className="print-ticket" data-testid="print-ticket">
      <p className="print-ticket__branch">{ticket.branchName}</p>
      <p className="print-ticket__number">{ticket.number}</p>
      <p className="print-ticket__lane">
        {ticket.laneName.zh} · {ticket.businessName.zh}
      </p>
      {lang === 'en' ? (
        <p className="print-ticket__lane-en">
          {ticket.laneName.en} · {ticket.businessName.en}
        </p>
      ) : null}
      {outcome ? <p className="print-ticket__line">{t(`ticket.printArrival.${outcome}`)}</p> : null}
      {ticket.aheadText !== null ? <p className="print-ticket__ahead">{ticket.aheadText}</p> : null}
      <p className="print-ticket__line">
        {t('ticket.estimate')}
        {t('common.labelColon')}
        {ticket.estimateText}
      </p>
      <p className="print-ticket__line">
        {t('ticket.time')}
        {t('common.labelColon')}
        {ticket.issuedAtText}
      </p>
      {ticket.qr ? (
        <>
          <img className="print-ticket__qr" src={ticket.qr} alt="" data-testid="print-ticket-qr" />
          <p className="print-ticket__small">{t('ticket.scan')}</p>
        </>
      ) : null}
      <p className="print-ticket__small">{t('ticket.oneMetre')}</p>
      <p className="print-ticket__small">{t('ticket.keep')}</p>
    </div>
  );
}
