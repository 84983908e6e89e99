import { useMemo } from 'react';
import { Button, Segmented, Space, Table, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { TicketStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { countByTab, ticketsForTab } from './floor-view.ts';
import type { LobbyTicketTab } from './lobby-slice.ts';
import { DurationText } from './duration-text.tsx';
import { useTicketActions, type TicketActions } from './use-ticket-actions.tsx';
import { useCounterLabel, useLocalized } from './use-localized.ts';
import { TicketFlags } from './ticket-flags.tsx';

/** The customers on the floor, by list; the suspended ones have their own panel beside. */
const TABS: LobbyTicketTab[] = ['waiting', 'active', 'noShow', 'closed'];

export function TicketLists() {
  const { t } = useTranslation('lobby');
  const { tickets, tab, laneFilter, lanes } = useAppStore(
    useShallow((s) => ({
      tickets: s.floor.tickets,
      tab: s.lobby.ticketTab,
      laneFilter: s.lobby.laneFilter,
      lanes: s.floor.config?.lanes,
    })),
  );
  const setTicketTab = useAppStore((s) => s.setTicketTab);
  const setLaneFilter = useAppStore((s) => s.setLaneFilter);
  const counts = useMemo(() => countByTab(tickets), [tickets]);
  const rows = useMemo(() => ticketsForTab(tickets, tab, laneFilter), [tickets, tab, laneFilter]);
  const actions = useTicketActions();

  return (
    <>
      <Tabs
        size="small"
        activeKey={tab}
        onChange={(key) => setTicketTab(key as LobbyTicketTab)}
        tabBarExtraContent={
          <Segmented
            size="small"
            value={laneFilter ?? '*'}
            onChange={(v) => setLaneFilter(v === '*' ? null : String(v))}
            options={[
              { value: '*', label: t('tickets.allLanes') },
              ...(lanes ?? []).map((l) => ({ value: l.id, label: l.prefix })),
            ]}
          />
        }
        items={TABS.map((key) => ({ key, label: `${t(`tickets.tabs.${key}`)} (${counts[key]})` }))}
      />
      <div className="lobby-ticket-scroll">
        <TicketTable rows={rows} tab={tab} actions={actions} />
      </div>
      {actions.dialogs}
    </>
  );
}

function TicketTable({ rows, tab, actions }: { rows: TicketStaffView[]; tab: LobbyTicketTab; actions: TicketActions }) {
  const { t } = useTranslation('lobby');
  const text = useLocalized();
  const counterLabel = useCounterLabel();
  const config = useAppStore((s) => s.floor.config);
  const openTicketDrawer = useAppStore((s) => s.openTicketDrawer);
  return (
    <Table<TicketStaffView>
      size="small"
      rowKey="id"
      dataSource={rows}
      data-testid={`tickets-${tab}`}
      // The whole list, scrolling inside its panel under a sticky header (lobby.css).
      pagination={false}
      locale={{ emptyText: t('tickets.empty') }}
      onRow={(r) => ({ 'data-testid': `ticket-row-${r.number}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('tickets.number'),
          key: 'number',
          render: (_, r) => (
            <Button type="link" size="small" onClick={() => openTicketDrawer(r.id)} className="lobby-ticket-number">
              {r.number}
            </Button>
          ),
        },
        {
          // The lane it waits in now: after a transfer it differs from the business's own lane.
          title: t('tickets.lane'),
          key: 'lane',
          render: (_, r) => {
            const lane = config?.lanes.find((l) => l.id === r.laneId);
            return (
              <Tag bordered={false} data-testid={`ticket-lane-${r.number}`}>
                {lane ? `${lane.prefix} · ${text(lane.name)}` : r.laneId}
              </Tag>
            );
          },
        },
        {
          title: t('tickets.business'),
          key: 'business',
          render: (_, r) => text(config?.businessTypes.find((b) => b.id === r.businessTypeId)?.name, r.businessTypeId),
        },
        tab === 'waiting'
          ? { title: t('tickets.waited'), key: 'waited', render: (_, r) => <DurationText since={r.issuedAt} /> }
          : { title: t('tickets.counter'), key: 'counter', render: (_, r) => counterLabel(r.counterId) },
        tab === 'closed'
          ? {
              title: t('tickets.status'),
              key: 'status',
              render: (_, r) => t(`tickets.outcome.${r.outcome ?? 'served'}`),
            }
          : { title: t('tickets.flags'), key: 'flags', render: (_, r) => <TicketFlags ticket={r} /> },
        {
          title: t('tickets.actions'),
          key: 'actions',
          render: (_, r) => <RowActions ticket={r} tab={tab} actions={actions} />,
        },
      ]}
    />
  );
}

function RowActions({
  ticket,
  tab,
  actions,
}: {
  ticket: TicketStaffView;
  tab: LobbyTicketTab;
  actions: TicketActions;
}) {
  const { t } = useTranslation('lobby');
  if (tab === 'waiting') {
    return (
      <Space size={4} wrap>
        <Button size="small" onClick={() => actions.transfer(ticket)} data-testid={`transfer-${ticket.number}`}>
          {t('tickets.transfer')}
        </Button>
        <Button size="small" onClick={() => actions.setPriority(ticket)} data-testid={`priority-${ticket.number}`}>
          {t('tickets.setPriority')}
        </Button>
        <Button size="small" danger onClick={() => actions.cancel(ticket)} data-testid={`cancel-${ticket.number}`}>
          {t('tickets.cancel')}
        </Button>
      </Space>
    );
  }
  if (tab === 'noShow') {
    return (
      <Button size="small" onClick={() => actions.reactivate(ticket)} data-testid={`reactivate-${ticket.number}`}>
        {t('tickets.reactivate')}
      </Button>
    );
  }
  return <Tag bordered={false}>{t(`tickets.status_.${ticket.status}`)}</Tag>;
}
