import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useCounterLabel, useLocalized } from './use-localized.ts';

/** Priority group, VIP tier, pinned counter, front of lane: what changes a ticket's place. */
export function TicketFlags({ ticket }: { ticket: TicketStaffView }) {
  const { t } = useTranslation('lobby');
  const text = useLocalized();
  const counterLabel = useCounterLabel();
  const config = useAppStore((s) => s.floor.config);
  const group = ticket.priorityGroupId
    ? config?.priorityGroups.find((g) => g.id === ticket.priorityGroupId)
    : undefined;
  const tier = ticket.vipTierId ? config?.vipTiers.find((v) => v.id === ticket.vipTierId) : undefined;
  return (
    <Space size={2} wrap>
      {group ? <Tag color="magenta">{text(group.name)}</Tag> : null}
      {tier ? <Tag color="gold">{text(tier.name)}</Tag> : null}
      {ticket.pinnedCounterId ? (
        <Tag color="purple">{t('tickets.pinned', { counter: counterLabel(ticket.pinnedCounterId) })}</Tag>
      ) : null}
      {ticket.front && !ticket.pinnedCounterId ? <Tag color="cyan">{t('tickets.front')}</Tag> : null}
    </Space>
  );
}
