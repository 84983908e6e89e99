import type { Scenario, SimCounter, SimLane } from './scenario.ts';

/**
 * The public reference day of docs/performance.md (tune nothing else to it): 09:00–17:00,
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

export const REFERENCE_VIP_SHARE = 0.08;
const BUSINESS_SHARE = 0.17;

/** The reference mix; `vipShare` moves VIP customers in and out of the personal share (business stays 17 %). */
export function referenceLanes(serviceCv = 1, vipShare = REFERENCE_VIP_SHARE): SimLane[] {
  return [
    // VIP tickets are issued after the card/phone tier lookup: all counted as the lowest tier.
    {
      id: 'V',
      kind: 'vip',
      share: vipShare,
      service: { kind: 'lognormal', meanMin: 6, cv: serviceCv },
      vipTierId: 'gold',
    },
    { id: 'B', kind: 'business', share: BUSINESS_SHARE, service: { kind: 'lognormal', meanMin: 8, cv: serviceCv } },
    {
      id: 'A',
      kind: 'personal',
      share: 1 - BUSINESS_SHARE - vipShare,
      service: { kind: 'lognormal', meanMin: 4, cv: serviceCv },
    },
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

export function referenceCounters(count: 6 | 7, lunch = true): SimCounter[] {
  const personal: SimCounter[] = [
    { id: 'P1', laneIds: ['A', 'V'], shifts: ALL_DAY },
    { id: 'P2', laneIds: ['A', 'V'], shifts: lunch ? LUNCH_EARLY : ALL_DAY },
    { id: 'P3', laneIds: ['A', 'V'], shifts: lunch ? LUNCH_LATE : ALL_DAY },
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
  /** docs/performance.md's reference day has no lunch cut: counters stay all day. Default: the lunch variant. */
  lunch?: boolean;
  /** Service CV of every lane (1 = the reference; 1.5 = the heavy-tailed check day). */
  serviceCv?: number;
  /** VIP share of arrivals (0.08 = the reference). */
  vipShare?: number;
  /** Multiplies every hourly rate (1.2 = the +20 % day). */
  arrivalFactor?: number;
  noShowProb?: number;
  /** Share of personal and business customers who booked and come on time (0 = the reference). */
  bookedShare?: number;
}

export function referenceDay(v: ReferenceVariant): Scenario {
  const factor = v.arrivalFactor ?? 1;
  const noShowProb = v.noShowProb ?? 0;
  const lunch = v.lunch ?? true;
  const cv = v.serviceCv ?? 1;
  const vipShare = v.vipShare ?? REFERENCE_VIP_SHARE;
  const tags = [
    lunch ? 'lunch cut' : 'no lunch cut',
    factor !== 1 ? `+${Math.round((factor - 1) * 100)}% arrivals` : '',
    noShowProb > 0 ? `${Math.round(noShowProb * 100)}% no-shows` : '',
    cv !== 1 ? `service CV ${cv}` : '',
    vipShare !== REFERENCE_VIP_SHARE ? `VIP ${Math.round(vipShare * 100)}%` : '',
    v.bookedShare ? `${Math.round(v.bookedShare * 100)}% booked` : '',
  ].filter(Boolean);
  return {
    name: `reference day, ${v.counters} counters, ${tags.join(', ')}`,
    openClock: '09:00',
    arrivals: { periodMin: 60, perPeriod: REFERENCE_HOURLY.map((r) => r * factor) },
    dayCv: 0.15,
    lanes: referenceLanes(cv, vipShare),
    counters: referenceCounters(v.counters, lunch),
    noShowProb,
    warmupMin: 0,
    ...(v.bookedShare ? { bookedShare: v.bookedShare } : {}),
  };
}

/**
 * Stationary M/M/c for the Erlang C check: one lane, exponential service, constant rate,
 * no day multiplier, FIFO. Each replication starts in steady state (the stationary number
 * already in the hall), so short independent days need no warm-up.
 */
export function mmcScenario(
  servers: number,
  rho: number,
  meanServiceMin: number,
  hours: number,
  lanes: 1 | 2 = 1,
): Scenario {
  const perHour = (rho * servers * 60) / meanServiceMin;
  const service = { kind: 'exponential', meanMin: meanServiceMin } as const;
  return {
    name: `M/M/${servers}, rho ${rho}${lanes === 2 ? ', two lanes' : ''}`,
    openClock: '06:00',
    arrivals: { periodMin: 60, perPeriod: Array.from({ length: hours }, () => perHour) },
    dayCv: 0,
    // Two lanes: 60 / 40, every counter serving both in its own order (half A first, half B
    // first: the fallbacks). Under FIFO that is still one pool of `servers`, so Erlang C holds.
    lanes:
      lanes === 1
        ? [{ id: 'A', kind: 'personal', share: 1, service }]
        : [
            { id: 'A', kind: 'personal', share: 0.6, service },
            { id: 'B', kind: 'business', share: 0.4, service },
          ],
    counters: Array.from({ length: servers }, (_, i) => ({
      id: `C${i + 1}`,
      laneIds: lanes === 1 ? ['A'] : i % 2 === 0 ? ['A', 'B'] : ['B', 'A'],
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
