import { useMemo, useState } from 'react';
import { Button, Dropdown, Space, Table, Tag, Typography } from 'antd';
import { MoreOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { isCounterAway, type CounterStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { counterDisplayState, sortedCounters } from './floor-view.ts';
import { DurationText } from './duration-text.tsx';
import { useReasonDialog } from './reason-dialog.tsx';
import { useLobbyCommand } from './use-lobby-command.ts';
import { useLocalized } from './use-localized.ts';
import { SetLanesDialog } from './set-lanes-dialog.tsx';
import { PauseCounterDialog } from './pause-counter-dialog.tsx';

const STATE_COLOURS = { closed: 'default', open: 'green', paused: 'orange', away: 'purple', offline: 'red' } as const;

/** Every counter: state, teller, current customer, idle time (live), lanes; open/close/pause/release/lanes. */
export function CountersTable() {
  const { t } = useTranslation('lobby');
  const text = useLocalized();
  const { counters, tickets } = useAppStore(
    useShallow((s) => ({ counters: s.floor.counters, tickets: s.floor.tickets })),
  );
  const openTicketDrawer = useAppStore((s) => s.openTicketDrawer);
  const rows = useMemo(() => sortedCounters(counters), [counters]);
  const run = useLobbyCommand();
  const { ask, dialog } = useReasonDialog();
  const [lanesFor, setLanesFor] = useState<CounterStaffView | null>(null);
  const [pauseFor, setPauseFor] = useState<CounterStaffView | null>(null);

  const name = (c: CounterStaffView) => text(c.name, `#${c.number}`);
  const openCounter = (c: CounterStaffView) =>
    ask({
      title: t('counters.openTitle', { counter: name(c) }),
      optional: true,
      submit: async (reason) => (await run('counter:open', { counterId: c.id, reason })) !== null,
    });
  const closeCounter = (c: CounterStaffView) =>
    ask({
      title: t('counters.closeTitle', { counter: name(c) }),
      optional: true,
      submit: async (reason) => (await run('counter:close', { counterId: c.id, reason })) !== null,
    });
  const release = (c: CounterStaffView) =>
    ask({
      title: t('counters.releaseTitle', { counter: name(c) }),
      description: <Typography.Paragraph type="secondary">{t('counters.releaseHint')}</Typography.Paragraph>,
      submit: async (reason) => (await run('counter:release', { counterId: c.id, reason })) !== null,
    });

  return (
    <>
      <Table<CounterStaffView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        data-testid="counters-table"
        rowClassName={(c) => `lobby-counter-row lobby-counter-${counterDisplayState(c)}`}
        onRow={(c) => ({ 'data-testid': `counter-row-${c.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('counters.number'),
            key: 'name',
            render: (_, c) => <Typography.Text strong>{name(c)}</Typography.Text>,
          },
          {
            title: t('counters.status'),
            key: 'status',
            render: (_, c) => {
              const state = counterDisplayState(c);
              return (
                <Tag color={STATE_COLOURS[state]} data-testid={`counter-state-${c.id}`}>
                  {t(`counters.state.${state}`)}
                  {c.status === 'paused' && c.pauseReason ? ` · ${t(`counters.pauseReason.${c.pauseReason}`)}` : ''}
                </Tag>
              );
            },
          },
          {
            title: t('counters.teller'),
            key: 'teller',
            render: (_, c) =>
              c.tellerName ?? <Typography.Text type="secondary">{t('counters.noTeller')}</Typography.Text>,
          },
          {
            title: t('counters.current'),
            key: 'current',
            render: (_, c) => {
              const ticket = c.currentTicketId ? tickets[c.currentTicketId] : undefined;
              if (!ticket) return '—';
              const since = ticket.status === 'serving' ? ticket.startedAt : ticket.calledAt;
              return (
                <Space size={4}>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => openTicketDrawer(ticket.id)}
                    data-testid={`counter-current-${c.id}`}
                  >
                    {ticket.number}
                  </Button>
                  <Tag color={ticket.status === 'serving' ? 'blue' : 'gold'}>
                    {t(`counters.busy.${ticket.status === 'serving' ? 'serving' : 'called'}`)}
                  </Tag>
                  {since !== null ? <DurationText since={since} /> : null}
                </Space>
              );
            },
          },
          {
            title: t('counters.idle'),
            key: 'idle',
            render: (_, c) =>
              c.idleSince !== null && c.status !== 'closed' ? <DurationText since={c.idleSince} /> : '—',
          },
          {
            title: t('counters.lanes'),
            key: 'lanes',
            render: (_, c) => (
              <Space size={2} wrap>
                {c.laneIds.map((id, i) => (
                  <Tag key={id} color={i === 0 ? 'geekblue' : undefined}>
                    {id}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('counters.actions'),
            key: 'actions',
            render: (_, c) => (
              <Space size={4}>
                {c.status === 'closed' ? (
                  <Button size="small" onClick={() => openCounter(c)} data-testid={`counter-open-${c.id}`}>
                    {t('counters.open')}
                  </Button>
                ) : c.status === 'paused' ? (
                  <Button
                    size="small"
                    // 暂离 ends when the teller's VIP visit does.
                    disabled={isCounterAway(c)}
                    onClick={() => void run('counter:resume', { counterId: c.id })}
                    data-testid={`counter-resume-${c.id}`}
                  >
                    {t('counters.resume')}
                  </Button>
                ) : (
                  <Button size="small" onClick={() => setPauseFor(c)} data-testid={`counter-pause-${c.id}`}>
                    {t('counters.pause')}
                  </Button>
                )}
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: [
                      { key: 'lanes', label: t('counters.setLanes'), onClick: () => setLanesFor(c) },
                      {
                        key: 'close',
                        label: t('counters.close'),
                        disabled: c.status === 'closed',
                        onClick: () => closeCounter(c),
                      },
                      {
                        key: 'release',
                        label: t('counters.release'),
                        disabled: c.tellerId === null,
                        danger: true,
                        onClick: () => release(c),
                      },
                    ],
                  }}
                >
                  <Button
                    size="small"
                    icon={<MoreOutlined />}
                    aria-label={t('counters.more')}
                    data-testid={`counter-more-${c.id}`}
                  />
                </Dropdown>
              </Space>
            ),
          },
        ]}
      />
      {dialog}
      <SetLanesDialog counter={lanesFor} onClose={() => setLanesFor(null)} />
      <PauseCounterDialog counter={pauseFor} onClose={() => setPauseFor(null)} />
    </>
  );
}
