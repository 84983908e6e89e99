import { useMemo } from 'react';
import { Button, Space, Switch, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CounterStaffView, TicketStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useCommand } from '../realtime/use-command.ts';
import { useLabels } from '../ui/use-labels.ts';
import { counterDisplayState, type CounterDisplayState } from './action-rules.ts';
import { laneWaitingFor } from './waiting-tickets.ts';

const STATE_COLOR: Record<CounterDisplayState, string> = {
  idle: 'green',
  called: 'gold',
  serving: 'blue',
  paused: 'orange',
  away: 'purple',
  closed: 'default',
  offline: 'red',
};

/** Always visible: which counter, its state, the lanes it serves with their waiting counts. */
export function CounterBar({ counter, ticket }: { counter: CounterStaffView; ticket: TicketStaffView | null }) {
  const { t } = useTranslation('teller');
  const labels = useLabels();
  const laneStats = useAppStore((s) => s.floor.lanes);
  const lanes = useMemo(() => laneWaitingFor(counter, laneStats), [counter, laneStats]);
  const autoCallNext = useAppStore((s) => s.teller.autoCallNext);
  const setAutoCallNext = useAppStore((s) => s.setAutoCallNext);
  const signOff = useCommand('counter:signOff');
  const state = counterDisplayState(counter, ticket);
  const stateText = t(`state.${state}`, { reason: counter.pauseReason ? t(`pause.${counter.pauseReason}`) : '' });

  return (
    <div className="counter-bar">
      <Space size="large" wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="counter-name">
          {labels.text(counter.name)}
        </Typography.Title>
        <Tag color={STATE_COLOR[state]} className="counter-state-tag" data-testid="counter-state" data-state={state}>
          {stateText}
        </Tag>
        <Space size="small" className="lane-waiting" data-testid="lane-waiting">
          {lanes.map(({ laneId, waiting }) => (
            <Tag
              key={laneId}
              className="lane-waiting-tag"
              data-testid={`lane-waiting-${laneId}`}
              data-waiting={waiting}
            >
              {labels.laneShort(laneId)} · <b>{t('counter.waiting', { count: waiting })}</b>
            </Tag>
          ))}
        </Space>
      </Space>
      <Space size="middle">
        <span>
          <Switch checked={autoCallNext} onChange={setAutoCallNext} size="small" data-testid="auto-call" />{' '}
          {t('counter.autoCall')}
        </span>
        <Tooltip title={counter.currentTicketId ? t('counter.signOffBusy') : null}>
          <Button
            danger
            disabled={counter.currentTicketId !== null}
            loading={signOff.busy}
            onClick={() => void signOff.run({ counterId: counter.id })}
            data-testid="sign-off"
          >
            {t('counter.signOff')}
          </Button>
        </Tooltip>
      </Space>
    </div>
  );
}
