import type { Scenario, SimCounter, SimLane } from './scenario.ts';

/**
 * The public reference day of performance.md (tune nothing else to it): 09:00–17:00,
 * hourly arrivals 40/55/65/85/75/55/50/45, VIP 8 % (6 min), business 17 % (8 min),
 * personal 75 % (4 min), lognormal service with CV 1, day multiplier CV 0.15.
 *
 * Counters: 1 VIP-first (V, then A), 2 business-first (B, then A), 4 personal-first
 * (A, then V), as in the demo branch. Lunch cuts counters at the peak: two personal-first
 * tellers take staggered hour-long lunches, 11:30–12:30 and 12:30–13:30, so the
 * 12:00–13:00 peak runs one counter short. The overload variant drops one personal-first
 * counter (6 counters). Everyone issued before 17:00 is served; tellers stay until then.
 */
export const REFERENCE_HOURLY = [40, 55, 65, 85, 75, 55, 50, 45] as const;

export function referenceLanes(): SimLane[] {
  return [
    // VIP tickets are issued after the card/phone tier lookup: all counted as the lowest tier.
    { id: 'V', kind: 'vip', share: 0.08, service: { kind: 'lognormal', meanMin: 6, cv: 1 }, vipTierId: 'gold' },
    { id: 'B', kind: 'business', share: 0.17, service: { kind: 'lognormal', meanMin: 8, cv: 1 } },
    { id: 'A', kind: 'personal', share: 0.75, service: { kind: 'lognormal', meanMin: 4, cv: 1 } },
  ];
}

const ALL_DAY = [{ fromMin: 0, toMin: Infinity }];
const LUNCH_EARLY = [
  { fromMin: 0, toMin: 150 },
  { fromMin: 210, toMin: Infinity },
];
const LUNCH_LATE = [
  { fromMin: 0, toMin: 210 },
  { fromMin: 270, toMin: Infinity },
];

export function referenceCounters(count: 6 | 7): SimCounter[] {
  const personal: SimCounter[] = [
    { id: 'P1', laneIds: ['A', 'V'], shifts: ALL_DAY },
    { id: 'P2', laneIds: ['A', 'V'], shifts: LUNCH_EARLY },
    { id: 'P3', laneIds: ['A', 'V'], shifts: LUNCH_LATE },
    { id: 'P4', laneIds: ['A', 'V'], shifts: ALL_DAY },
  ];
  return [
    { id: 'V1', laneIds: ['V', 'A'], shifts: ALL_DAY },
    { id: 'B1', laneIds: ['B', 'A'], shifts: ALL_DAY },
    { id: 'B2', laneIds: ['B', 'A'], shifts: ALL_DAY },
    ...personal.slice(0, count === 7 ? 4 : 3),
  ];
}

export interface ReferenceVariant {
  counters: 6 | 7;
  /** Multiplies every hourly rate (1.2 = the +20 % day). */
  arrivalFactor?: number;
  noShowProb?: number;
}

export function referenceDay(v: ReferenceVariant): Scenario {
  const factor = v.arrivalFactor ?? 1;
  const noShowProb = v.noShowProb ?? 0;
  const tags = [
    factor !== 1 ? `+${Math.round((factor - 1) * 100)}% arrivals` : '',
    noShowProb > 0 ? `${Math.round(noShowProb * 100)}% no-shows` : '',
  ].filter(Boolean);
  return {
    name: `reference day, ${v.counters} counters${tags.length ? `, ${tags.join(', ')}` : ''}`,
    openClock: '09:00',
    arrivals: { periodMin: 60, perPeriod: REFERENCE_HOURLY.map((r) => r * factor) },
    dayCv: 0.15,
    lanes: referenceLanes(),
    counters: referenceCounters(v.counters),
    noShowProb,
    warmupMin: 0,
  };
}

/**
 * Stationary M/M/c for the Erlang C check: one lane, exponential service, constant rate,
 * no day multiplier, FIFO. Each replication starts in steady state (the stationary number
 * already in the hall), so short independent days need no warm-up.
 */
export function mmcScenario(servers: number, rho: number, meanServiceMin: number, hours: number): Scenario {
  const perHour = (rho * servers * 60) / meanServiceMin;
  return {
    name: `M/M/${servers}, rho ${rho}`,
    openClock: '06:00',
    arrivals: { periodMin: 60, perPeriod: Array.from({ length: hours }, () => perHour) },
    dayCv: 0,
    lanes: [{ id: 'A', kind: 'personal', share: 1, service: { kind: 'exponential', meanMin: meanServiceMin } }],
    counters: Array.from({ length: servers }, (_, i) => ({
      id: `C${i + 1}`,
      laneIds: ['A'],
      shifts: [{ fromMin: 0, toMin: Infinity }],
    })),
    noShowProb: 0,
    warmupMin: 0,
    stationaryStart: { servers, offeredLoad: rho * servers },
  };
}

/**
 * The reference day's arrival profile on one pooled lane (the lane mix's mean service,
 * exponential), fixed rates, no lunch: the case where per-hour Erlang C formulas apply
 * hour by hour, for validation (b) — they should miss after the peak in the known direction.
 */
export function pooledReferenceProfile(servers: number): Scenario {
  const meanMin = referenceLanes().reduce((s, l) => s + l.share * l.service.meanMin, 0);
  return {
    name: `reference profile, one pooled lane, ${servers} counters`,
    openClock: '09:00',
    arrivals: { periodMin: 60, perPeriod: [...REFERENCE_HOURLY] },
    dayCv: 0,
    lanes: [{ id: 'A', kind: 'personal', share: 1, service: { kind: 'exponential', meanMin } }],
    counters: Array.from({ length: servers }, (_, i) => ({
      id: `C${i + 1}`,
      laneIds: ['A'],
      shifts: [{ fromMin: 0, toMin: Infinity }],
    })),
    noShowProb: 0,
    warmupMin: 0,
  };
}
