import { useMemo } from 'react';
import { Button, Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { waitWording, type Lane, type LaneStats, type TicketStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { laneHealth, longestWaitMs } from './floor-view.ts';
import { DurationText } from './duration-text.tsx';
import { useLocalized } from './use-localized.ts';
import { useServerNow } from './server-now.tsx';
import { useReasonDialog } from './reason-dialog.tsx';
import { useLobbyCommand } from './use-lobby-command.ts';

/** One card per lane: waiting, longest wait (live), what a new ticket would be told, vs target. Click filters the lists. */
export function LaneCards() {
  const { lanes, stats, tickets, filter } = useAppStore(
    useShallow((s) => ({
      lanes: s.floor.config?.lanes,
      stats: s.floor.lanes,
      tickets: s.floor.tickets,
      filter: s.lobby.laneFilter,
    })),
  );
  const setLaneFilter = useAppStore((s) => s.setLaneFilter);
  const byLane = useMemo(() => new Map(stats.map((s) => [s.laneId, s])), [stats]);
  const { t } = useTranslation('lobby');
  const text = useLocalized();
  const run = useLobbyCommand();
  const { ask, dialog } = useReasonDialog();
  // Stop or restart ticket issue for a lane (e.g. business counters closing early); waiting customers are still served.
  const togglePause = (lane: Lane, paused: boolean) =>
    ask({
      title: t(paused ? 'lanes.resumeTitle' : 'lanes.pauseTitle', { lane: text(lane.name) }),
      description: paused ? undefined : (
        <Typography.Paragraph type="secondary">{t('lanes.pauseHint')}</Typography.Paragraph>
      ),
      submit: async (reason) =>
        (await run(paused ? 'lane:resume' : 'lane:pause', { laneId: lane.id, reason })) !== null,
    });
  return (
    <div className="lobby-lanes" data-testid="lane-cards">
      {dialog}
      {(lanes ?? []).map((lane) => {
        const s = byLane.get(lane.id);
        return s ? (
          <LaneCard
            key={lane.id}
            lane={lane}
            stats={s}
            tickets={tickets}
            selected={filter === lane.id}
            onClick={() => setLaneFilter(filter === lane.id ? null : lane.id)}
            onTogglePause={() => togglePause(lane, s.paused)}
          />
        ) : null;
      })}
    </div>
  );
}

interface LaneCardProps {
  lane: Lane;
  stats: LaneStats;
  tickets: Record<string, TicketStaffView>;
  selected: boolean;
  onClick: () => void;
  onTogglePause: () => void;
}

function LaneCard({ lane, stats: eventStats, tickets, selected, onClick, onTogglePause }: LaneCardProps) {
  const { t } = useTranslation('lobby');
  const text = useLocalized();
  // The longest wait ticks between events; the rest changes only with events.
  const now = useServerNow();
  const stats = { ...eventStats, longestWaitMs: longestWaitMs(tickets, lane.id, now) };
  const health = laneHealth(stats, lane.targetWaitMin);
  const predictedOver = stats.estimate === null ? stats.waiting > 0 : stats.estimate.highMin > lane.targetWaitMin;
  return (
    <Card
      size="small"
      hoverable
      onClick={onClick}
      className={`lobby-lane lobby-lane-${health}${selected ? ' lobby-lane-selected' : ''}`}
      data-testid={`lane-${lane.id}`}
      data-health={health}
      title={
        <span>
          <Tag color="geekblue">{lane.prefix}</Tag>
          {text(lane.name)}
        </span>
      }
      extra={
        stats.paused ? (
          <Tag color="orange">{t('lanes.paused')}</Tag>
        ) : (
          <Typography.Text type="secondary">{t('lanes.target', { min: lane.targetWaitMin })}</Typography.Text>
        )
      }
    >
      <div className="lobby-lane-figures">
        <div>
          <div className="lobby-figure-label">{t('lanes.waiting')}</div>
          <div className="lobby-figure" data-testid={`lane-${lane.id}-waiting`}>
            {stats.waiting}
          </div>
        </div>
        <div>
          <div className="lobby-figure-label">{t('lanes.longest')}</div>
          <div
            className={`lobby-figure-small${stats.longestWaitMs > lane.targetWaitMin * 60_000 ? ' lobby-over' : ''}`}
          >
            {stats.waiting > 0 ? <DurationText since={now - stats.longestWaitMs} /> : '—'}
          </div>
        </div>
        <div>
          <div className="lobby-figure-label">{t('lanes.predicted')}</div>
          <div className={`lobby-figure-small${predictedOver ? ' lobby-over' : ''}`}>
            {((w) =>
              w.kind === 'unknown'
                ? t('lanes.noCounter')
                : w.kind === 'aboutNow'
                  ? t('lanes.aboutNow')
                  : t('lanes.range', { minutes: w.minutes, low: w.low, high: w.high }))(waitWording(stats.estimate))}
          </div>
        </div>
      </div>
      <div className="lobby-lane-foot">
        <Typography.Text type="secondary">{t('lanes.issuedToday', { count: stats.issuedToday })}</Typography.Text>
        <Button
          size="small"
          type="link"
          data-testid={`lane-${lane.id}-${stats.paused ? 'resume' : 'pause'}`}
          onClick={(e) => {
            e.stopPropagation();
            onTogglePause();
          }}
        >
          {t(stats.paused ? 'lanes.resumeIssue' : 'lanes.pauseIssue')}
        </Button>
      </div>
    </Card>
  );
}
