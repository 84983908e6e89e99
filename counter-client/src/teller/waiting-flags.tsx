import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CounterStaffView, TicketStaffView } from '@lobby/shared';
import { useLabels } from '../ui/use-labels.ts';

/** What makes a waiting ticket special for this counter: pinned here, put first, VIP tier, priority group. */
export function WaitingFlags({ ticket, counter }: { ticket: TicketStaffView; counter: CounterStaffView }) {
  const { t } = useTranslation('teller');
  const labels = useLabels();
  return (
    <>
      {ticket.pinnedCounterId === counter.id && <Tag color="purple">{t('callTicket.pinned')}</Tag>}
      {ticket.front && <Tag color="cyan">{t('callTicket.front')}</Tag>}
      {ticket.vipTierId && <Tag color="gold">{labels.vipTier(ticket.vipTierId)}</Tag>}
      {ticket.priorityGroupId && <Tag color="magenta">{labels.priorityGroup(ticket.priorityGroupId)}</Tag>}
    </>
  );
}
