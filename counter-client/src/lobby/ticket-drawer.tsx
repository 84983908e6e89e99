import { Button, Descriptions, Drawer, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { ticketTimeline, type TimelineEntry } from './ticket-timeline.ts';
import { useTicketActions } from './use-ticket-actions.tsx';
import { useCounterLabel, useLocalized, useStaffName } from './use-localized.ts';
import { TicketFlags } from './ticket-flags.tsx';
import { useBranchTime } from '../ui/use-branch-time.ts';

/** One ticket in full: what, where, flags, and its whole timeline (redirects, notes, times). */
export function TicketDrawer() {
  const { t } = useTranslation('lobby');
  const id = useAppStore((s) => s.lobby.drawerTicketId);
  const ticket = useAppStore((s) => (id ? s.floor.tickets[id] : undefined));
  const close = useAppStore((s) => s.closeTicketDrawer);
  return (
    <Drawer
      open={ticket !== undefined}
      onClose={close}
      size={480}
      title={ticket ? t('drawer.title', { number: ticket.number }) : ''}
      data-testid="ticket-drawer"
    >
      {ticket ? <TicketDetail ticket={ticket} /> : null}
    </Drawer>
  );
}

function TicketDetail({ ticket }: { ticket: TicketStaffView }) {
  const { t } = useTranslation('lobby');
  const text = useLocalized();
  const counterLabel = useCounterLabel();
  const config = useAppStore((s) => s.floor.config);
  const business = config?.businessTypes.find((b) => b.id === ticket.businessTypeId);
  const actions = useTicketActions();
  return (
    <>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('drawer.status')}>
          <Tag>{t(`tickets.status_.${ticket.status}`)}</Tag>
          {ticket.outcome ? t(`tickets.outcome.${ticket.outcome}`) : null} <TicketFlags ticket={ticket} />
        </Descriptions.Item>
        <Descriptions.Item label={t('drawer.lane')}>
          {text(config?.lanes.find((l) => l.id === ticket.laneId)?.name, ticket.laneId)}
        </Descriptions.Item>
        <Descriptions.Item label={t('drawer.business')}>
          {text(business?.name, ticket.businessTypeId)}
        </Descriptions.Item>
        <Descriptions.Item label={t('drawer.materials')}>
          {business?.materials.map((m) => text(m)).join('；') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('drawer.channel')}>{t(`tickets.channel.${ticket.channel}`)}</Descriptions.Item>
        <Descriptions.Item label={t('drawer.counter')}>{counterLabel(ticket.counterId)}</Descriptions.Item>
        <Descriptions.Item label={t('drawer.recalls')}>{ticket.recalls}</Descriptions.Item>
        {ticket.servedBusinessTypeIds.length > 0 ? (
          <Descriptions.Item label={t('drawer.served')}>
            {ticket.servedBusinessTypeIds
              .map((b) => text(config?.businessTypes.find((x) => x.id === b)?.name, b))
              .join('、')}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Typography.Title level={5} className="lobby-drawer-heading">
        {t('drawer.actions')}
      </Typography.Title>
      <Space wrap size={6}>
        {ticket.status === 'waiting' ? (
          <>
            <Button onClick={() => actions.transfer(ticket)}>{t('tickets.transfer')}</Button>
            <Button onClick={() => actions.setPriority(ticket)}>{t('tickets.setPriority')}</Button>
          </>
        ) : null}
        {ticket.status === 'suspended' ? (
          <>
            <Button type="primary" onClick={() => actions.resumeFront(ticket)}>
              {t('tickets.resumeFront')}
            </Button>
            <Button disabled={ticket.suspendedByCounterId === null} onClick={() => actions.resumePinned(ticket)}>
              {t('tickets.resumePinned')}
            </Button>
          </>
        ) : null}
        {ticket.status === 'no_show' ? (
          <Button onClick={() => actions.reactivate(ticket)}>{t('tickets.reactivate')}</Button>
        ) : null}
        {ticket.status === 'waiting' || ticket.status === 'called' || ticket.status === 'suspended' ? (
          <Button danger onClick={() => actions.cancel(ticket)}>
            {t('tickets.cancel')}
          </Button>
        ) : null}
      </Space>
      <Typography.Title level={5} className="lobby-drawer-heading">
        {t('drawer.timeline')}
      </Typography.Title>
      <TimelineView ticket={ticket} />
      {actions.dialogs}
    </>
  );
}

function TimelineView({ ticket }: { ticket: TicketStaffView }) {
  const { t } = useTranslation('lobby');
  const fmt = useBranchTime();
  const text = useLocalized();
  const counterLabel = useCounterLabel();
  const staffName = useStaffName();
  const config = useAppStore((s) => s.floor.config);
  const laneLabel = (id: string) => text(config?.lanes.find((l) => l.id === id)?.name, id);

  const describe = (e: TimelineEntry): string => {
    switch (e.kind) {
      case 'issued':
        return `${t('drawer.issued')} · ${t(`tickets.channel.${ticket.channel}`)}`;
      case 'firstCalled':
        return t('drawer.firstCalled');
      case 'called':
        return `${t('drawer.called')}${e.recalls > 0 ? ` (${t('drawer.recalls')} ${e.recalls})` : ''}`;
      case 'started':
        return `${t('drawer.started')} · ${counterLabel(ticket.counterId)}`;
      case 'finished':
        return `${t('drawer.finished')} · ${ticket.outcome ? t(`tickets.outcome.${ticket.outcome}`) : ''}`;
      case 'redirect': {
        const from = e.fromCounterId
          ? `${laneLabel(e.fromLaneId)} / ${counterLabel(e.fromCounterId)}`
          : laneLabel(e.fromLaneId);
        const to =
          e.to.kind === 'counter'
            ? t('drawer.toCounter', { counter: counterLabel(e.to.counterId) })
            : t('drawer.toLane', { lane: laneLabel(e.to.laneId), position: t(`transfer.${e.to.position}`) });
        return `${t('drawer.redirect', { from, to })} · ${e.by ? staffName(e.by) : t('drawer.system')}${e.note ? ` · ${t('drawer.redirectNote', { note: e.note })}` : ''}`;
      }
      case 'note':
        return t('drawer.noteBy', { who: e.by ? staffName(e.by) : t('drawer.system'), text: e.text });
    }
  };

  return (
    <Timeline
      data-testid="ticket-timeline"
      items={ticketTimeline(ticket).map((e, i) => ({
        key: `${e.kind}-${i}`,
        color:
          e.kind === 'redirect' ? 'blue' : e.kind === 'note' ? 'gray' : e.kind === 'finished' ? 'green' : undefined,
        title: fmt(e.at, 'HH:mm:ss'),
        content: describe(e),
      }))}
    />
  );
}
