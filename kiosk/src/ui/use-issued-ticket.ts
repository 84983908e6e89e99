import { useTranslation } from 'react-i18next';
import { pickText, type LocalizedText } from '@lobby/shared';
import { useKiosk } from './kiosk-context.tsx';
import { estimateText } from '../logic/estimate-format.ts';
import { formatBranchTime } from '../logic/ticket-time.ts';

/** The issued ticket as display text, for the screen and the printout alike. Only ack data. */
export interface IssuedTicketText {
  number: string;
  laneName: LocalizedText;
  businessName: LocalizedText;
  /** Null when the server had no forecast for it (no counter will serve the lane). */
  aheadText: string | null;
  estimateText: string;
  issuedAtText: string;
  branchName: string;
  qr: string | null;
}

export function useIssuedTicket(): IssuedTicketText | null {
  const { t } = useTranslation();
  const issued = useKiosk((s) => s.issued);
  const qr = useKiosk((s) => s.issuedQr);
  const config = useKiosk((s) => s.config);
  const lang = useKiosk((s) => s.lang);
  if (!issued || !config) return null;
  const lane = config.lanes.find((l) => l.id === issued.laneId);
  const bt = config.businessTypes.find((b) => b.id === issued.businessTypeId);
  const est = estimateText(issued.estimate);
  return {
    number: issued.ticket.number,
    laneName: lane?.name ?? { zh: issued.laneId, en: issued.laneId },
    businessName: bt?.name ?? { zh: issued.businessTypeId, en: issued.businessTypeId },
    aheadText: issued.ahead === null ? null : t('ticket.ahead', { count: issued.ahead }),
    estimateText: t(est.key, est.params),
    issuedAtText: formatBranchTime(issued.issuedAt, config.hours.timeZone),
    branchName: pickText(config.branch.name, lang),
    qr,
  };
}
