/**
 * The lobby alerts (docs/domain.md §7), computed from the engine state alone so every lobby
 * client sees the same list. Pure: the same state, time and previous list give the same
 * answer. An alert keeps its id, raise time and acknowledgement for as long as its
 * condition lasts; when the condition ends it is gone, and if it comes back it is a new
 * alert with a new id (an old acknowledgement must not hide a new problem).
 */
import type { Alert, AlertKind, LaneStats, LocalizedText } from '@lobby/shared';
import { laneStats, rankCandidates, type Forecast } from '../../engine/index.ts';
import type { EngineState } from '../../engine/types.ts';
import {
  calledNotArrivedSuggestion,
  calledNotArrivedText,
  counterIdleSuggestion,
  counterIdleText,
  counterOf,
  counterOfflineSuggestion,
  counterOfflineText,
  laneOf,
  predictedOverTargetText,
  waitOverTargetText,
} from './alert-text.ts';
import { suggestCounterFor, type LaneLoad } from './suggest-counter.ts';

interface Condition {
  kind: AlertKind;
  /** What the alert is about: one alert per kind and subject. */
  subject: string;
  laneId: string | null;
  counterId: string | null;
  ticketId: string | null;
  message: LocalizedText;
  suggestion: LocalizedText | null;
}

const KIND_ORDER: readonly AlertKind[] = [
  'counter_offline',
  'wait_over_target',
  'predicted_over_target',
  'counter_idle',
  'called_not_arrived',
  'complaint_overdue',
  'vip_lookup_burst',
];

export function alertSubject(alert: Pick<Alert, 'kind' | 'laneId' | 'counterId' | 'ticketId'>): string {
  switch (alert.kind) {
    case 'wait_over_target':
    case 'predicted_over_target':
      return `lane:${alert.laneId ?? ''}`;
    case 'counter_idle':
    case 'counter_offline':
      return `counter:${alert.counterId ?? ''}`;
    case 'called_not_arrived':
      return `ticket:${alert.ticketId ?? ''}`;
    case 'complaint_overdue':
      return `ticket:${alert.ticketId ?? ''}|lane:${alert.laneId ?? ''}`;
    case 'vip_lookup_burst':
      // Raised by the VIP feature's own source, never matched against floor alerts.
      return 'device';
  }
}

const keyOf = (kind: AlertKind, subject: string) => `${kind}|${subject}`;

/** `forecast`: the latest wait forecast; null (none yet) raises no predicted_over_target. */
export function computeAlerts(
  state: EngineState,
  now: number,
  previous: readonly Alert[],
  forecast: Forecast | null,
): Alert[] {
  const stats = laneStats(state, now, forecast);
  const conditions = [
    ...waitOverTarget(state, stats),
    ...(forecast ? predictedOverTarget(state, stats) : []),
    ...counterIdle(state, now),
    ...calledNotArrived(state, now),
    ...counterOffline(state),
  ];
  const before = new Map(previous.map((a) => [keyOf(a.kind, alertSubject(a)), a]));
  const alerts = conditions.map((c): Alert => {
    const old = before.get(keyOf(c.kind, c.subject));
    return {
      id: old?.id ?? `${c.kind}:${c.subject}:${now}`,
      kind: c.kind,
      laneId: c.laneId,
      counterId: c.counterId,
      ticketId: c.ticketId,
      message: c.message,
      suggestion: c.suggestion,
      raisedAt: old?.raisedAt ?? now,
      acknowledgedBy: old?.acknowledgedBy ?? null,
      acknowledgedAt: old?.acknowledgedAt ?? null,
    };
  });
  return alerts.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.raisedAt - b.raisedAt || a.id.localeCompare(b.id),
  );
}

function waitOverTarget(state: EngineState, stats: readonly LaneStats[]): Condition[] {
  return stats.flatMap((s): Condition[] => {
    const lane = laneOf(state.config, s.laneId);
    if (!lane || s.waiting === 0 || s.longestWaitMs <= lane.targetWaitMin * 60_000) return [];
    return [
      {
        kind: 'wait_over_target',
        subject: `lane:${lane.id}`,
        laneId: lane.id,
        counterId: null,
        ticketId: null,
        message: waitOverTargetText(lane),
        suggestion: null,
      },
    ];
  });
}

function predictedOverTarget(state: EngineState, stats: readonly LaneStats[]): Condition[] {
  // In emergency mode nobody can take a new ticket, so there is no new ticket's wait to predict.
  if (state.emergency.active) return [];
  const loads = new Map<string, LaneLoad>();
  const over = new Map<string, boolean>();
  for (const s of stats) {
    const lane = laneOf(state.config, s.laneId);
    if (!lane) continue;
    // Only a lane with a queue: the estimate of an empty lane is one full service time, which
    // for a short-target lane (VIP, 5 min) would raise a permanent alert nobody can act on.
    // No open counter for a lane with customers waiting is the worst prediction of all.
    const predictedOver =
      !s.paused && s.waiting > 0 && (s.estimate === null || s.estimate.highMin > lane.targetWaitMin);
    over.set(s.laneId, predictedOver);
    loads.set(s.laneId, {
      waiting: s.waiting,
      overTarget: predictedOver || s.longestWaitMs > lane.targetWaitMin * 60_000,
    });
  }
  return stats.flatMap((s): Condition[] => {
    const lane = laneOf(state.config, s.laneId);
    if (!lane || !over.get(s.laneId)) return [];
    const suggestion = suggestCounterFor(state, lane.id, loads);
    return [
      {
        kind: 'predicted_over_target',
        subject: `lane:${lane.id}`,
        laneId: lane.id,
        counterId: suggestion?.counterId ?? null,
        ticketId: null,
        message: predictedOverTargetText(lane, s.estimate === null),
        suggestion: suggestion?.text ?? null,
      },
    ];
  });
}

function counterIdle(state: EngineState, now: number): Condition[] {
  const limitMs = state.config.policy.idleCounterAlertSec * 1000;
  return [...state.counters.values()].flatMap((c): Condition[] => {
    const config = counterOf(state.config, c.id);
    if (!config || c.status !== 'open' || !c.online || c.tellerId === null) return [];
    if (c.currentTicketId !== null || c.idleSince === null || now - c.idleSince <= limitMs) return [];
    // Candidates in the real dispatch order: its lanes' waiting tickets plus tickets pinned to it.
    if (rankCandidates(state, c.id, now).length === 0) return [];
    return [
      {
        kind: 'counter_idle',
        subject: `counter:${c.id}`,
        laneId: null,
        counterId: c.id,
        ticketId: null,
        message: counterIdleText(config, c.tellerName, state.config.policy.idleCounterAlertSec),
        suggestion: counterIdleSuggestion(config),
      },
    ];
  });
}

function calledNotArrived(state: EngineState, now: number): Condition[] {
  const limitSec = state.config.policy.calledNotArrivedSec;
  return [...state.tickets.open.values()].flatMap((t): Condition[] => {
    if (t.status !== 'called' || t.calledAt === null || now - t.calledAt <= limitSec * 1000) return [];
    const counter = t.counterId === null ? undefined : counterOf(state.config, t.counterId);
    return [
      {
        kind: 'called_not_arrived',
        subject: `ticket:${t.id}`,
        laneId: t.laneId,
        counterId: t.counterId,
        ticketId: t.id,
        message: calledNotArrivedText(t.number, counter, limitSec),
        suggestion: calledNotArrivedSuggestion(t.number),
      },
    ];
  });
}

function counterOffline(state: EngineState): Condition[] {
  return [...state.counters.values()].flatMap((c): Condition[] => {
    const config = counterOf(state.config, c.id);
    if (!config || c.tellerId === null || c.online) return [];
    return [
      {
        kind: 'counter_offline',
        subject: `counter:${c.id}`,
        laneId: null,
        counterId: c.id,
        ticketId: null,
        message: counterOfflineText(config, c.tellerName),
        suggestion: counterOfflineSuggestion(config),
      },
    ];
  });
}
