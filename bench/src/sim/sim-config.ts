import { BranchConfigSchema, type BranchConfig, type Lane, type LaneKind, type Policy } from '@lobby/shared';
import { demoBranchConfig } from '../../../server/src/seed/demo-config.ts';
import type { Scenario } from './scenario.ts';

/**
 * The engine configuration of a simulated branch. Policy figures (lane weights, max waits,
 * primary-lane bonus, estimator half-life…) come from the shipped demo config, so the bench
 * measures what a branch gets; only lanes, counters and hours are the scenario's own.
 * `tuning` overrides them for the search over parameters.
 */
export interface PolicyTuning {
  laneWeights?: Partial<Record<LaneKind, number>>;
  maxWaitMin?: Partial<Record<LaneKind, number>>;
  policy?: Partial<Policy>;
  /** The on-time appointment head start, min (default: the shipped one). 0: a booking changes nothing. */
  appointmentHeadStartMin?: number;
}

/** A Monday; the clock of every simulated day starts at this date's opening time (UTC branch). */
export const SIM_DATE = '2026-03-02';

export function simDayStart(scenario: Scenario): number {
  const [h, m] = scenario.openClock.split(':').map(Number);
  return Date.parse(`${SIM_DATE}T00:00:00Z`) + ((h ?? 0) * 60 + (m ?? 0)) * 60_000;
}

const t = (s: string) => ({ zh: s, en: s });

/** Branch clock "HH:MM" of a minute from the opening; Infinity (until the hall is empty) is the close. */
function clockAt(scenario: Scenario, minFromOpen: number): string {
  if (!Number.isFinite(minFromOpen)) return SIM_CLOSE;
  const [h, m] = scenario.openClock.split(':').map(Number);
  const total = Math.min(23 * 60 + 58, (h ?? 0) * 60 + (m ?? 0) + Math.round(minFromOpen));
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

const SIM_CLOSE = '23:58';

export function simBranchConfig(
  scenario: Scenario,
  tuning: PolicyTuning = {},
  base: BranchConfig = demoBranchConfig(),
): BranchConfig {
  const baseLane = (kind: LaneKind): Lane | undefined => base.lanes.find((l) => l.kind === kind);
  const lanes: Lane[] = scenario.lanes.map((l, i) => {
    const shipped = baseLane(l.kind);
    const maxWaitMin = tuning.maxWaitMin?.[l.kind] ?? shipped?.maxWaitMin ?? 30;
    return {
      id: l.id,
      prefix: String.fromCharCode(65 + i),
      kind: l.kind,
      zoneId: 'soft',
      name: t(l.id),
      rangeStart: 1,
      rangeEnd: 9999,
      dailyCap: 9999,
      targetWaitMin: Math.min(shipped?.targetWaitMin ?? 15, maxWaitMin),
      maxWaitMin,
      weight: tuning.laneWeights?.[l.kind] ?? shipped?.weight ?? 1,
    };
  });
  const config: BranchConfig = {
    ...base,
    zones: [{ id: 'soft', kind: 'soft', name: t('soft') }],
    lanes,
    // One business type per lane whose configured time is the lane's true mean: a branch
    // that has set its service times right (the estimator's fallback reads them).
    businessTypes: scenario.lanes.map((l) => ({
      id: `bt-${l.id}`,
      laneId: l.id,
      name: t(l.id),
      materials: [],
      targetServiceMin: Math.max(0.5, Math.round(l.service.meanMin * 10) / 10),
      enabled: true,
    })),
    counters: scenario.counters.map((c, i) => ({
      id: c.id,
      number: i + 1,
      name: t(c.id),
      zoneId: 'soft',
      laneIds: [...c.laneIds],
      // The lunch rota as the lobby plans it: what the wait forecast reads.
      shifts: c.shifts.map((s) => ({ start: clockAt(scenario, s.fromMin), end: clockAt(scenario, s.toMin) })),
    })),
    vipRooms: [],
    vipLaneId: scenario.lanes.find((l) => l.kind === 'vip')?.id ?? null,
    hours: {
      timeZone: 'UTC',
      open: scenario.openClock,
      // Tickets stop when the arrival schedule ends; counters serve everyone left after that.
      close: SIM_CLOSE,
      lastTicket: '23:57',
      lunch: null,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      calendarOverrides: [],
      dayCloseAt: '23:59',
    },
    policy: { ...base.policy, ...tuning.policy },
    // The shipped on-time head start and tolerances; no slots (the scenario's arrivals decide who booked), no phone queue.
    appointments: {
      ...base.appointments,
      types: [],
      headStartMin: tuning.appointmentHeadStartMin ?? base.appointments.headStartMin,
    },
    remoteQueue: { ...base.remoteQueue, enabled: false, laneIds: [] },
  };
  return BranchConfigSchema.parse(config);
}
