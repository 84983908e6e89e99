import type { LaneKind } from '@lobby/shared';
import { SCORED_MIN_WAIT, withinTolerance } from '../../../server/src/engine/estimate/wait-summary.ts';
import type { EstimateSample } from './day-metrics.ts';
import type { OracleSample } from './oracle-estimate.ts';
import { quantile, ratioEstimate, type Estimate } from './stats.ts';

/**
 * P5: does the printed wait come true? The point: for tickets that waited more than 5
 * minutes (the scored subset), the share within ±(25 % + 2 min) of the wait. The range:
 * the share of waits inside the printed range, over every ticket printed a range (a ticket
 * printed "about now" shows none). Intervals are over days (a day's tickets move together).
 */
export const P5_MIN_WAIT = SCORED_MIN_WAIT;
export { withinTolerance };
/** P5 goals: the point, and the range's coverage (80 % ± 3 in every lane). */
export const P5_GOAL = 0.85;
export const P5_BOUND_MARGIN = 0.02;
export const RANGE_TARGET = 0.8;
export const RANGE_TOLERANCE = 0.03;

type Group = LaneKind | 'all';

/** Share of `hit` over `of`, with its interval over days. */
function dayShare<T extends { day: number }>(
  xs: readonly T[],
  of: (x: T) => boolean,
  hit: (x: T) => boolean,
): Estimate {
  const days = [...new Set(xs.map((x) => x.day))].sort((a, b) => a - b);
  const hits = new Map(days.map((d) => [d, 0]));
  const counts = new Map(days.map((d) => [d, 0]));
  for (const x of xs) {
    if (!of(x)) continue;
    counts.set(x.day, (counts.get(x.day) ?? 0) + 1);
    if (hit(x)) hits.set(x.day, (hits.get(x.day) ?? 0) + 1);
  }
  return ratioEstimate(
    days.map((d) => hits.get(d) ?? 0),
    days.map((d) => counts.get(d) ?? 0),
  );
}

export interface LaneAccuracy {
  group: Group;
  /** Tickets that waited > 5 min, and the printed point's hit share over them. */
  scored: number;
  hit: Estimate;
  /** The deterministic replay (the estimator of old), LES and the naive rule, on the same tickets. */
  deterministicHit: number;
  lesHit: number;
  naiveHit: number;
  /** Tickets printed a range, the share of waits inside it, the same over the scored subset, and the median width. */
  ranged: number;
  coverage: Estimate;
  coverageScored: Estimate;
  medianWidthMin: number;
}

export interface AccuracyReport {
  days: number;
  /** Tickets printed "about now", and the share of them called within 2 minutes. */
  aboutNow: number;
  aboutNowKept: number;
  medianAhead: number;
  byLane: LaneAccuracy[];
}

const share = <T>(xs: readonly T[], f: (x: T) => boolean) => xs.filter(f).length / Math.max(1, xs.length);
const inRange = (s: EstimateSample) => s.waitMin >= s.lowMin && s.waitMin <= s.highMin;

function groupsOf(samples: readonly { laneKind: LaneKind }[]): Group[] {
  return [...[...new Set(samples.map((s) => s.laneKind))].sort(), 'all'];
}

export function accuracyReport(samples: readonly EstimateSample[]): AccuracyReport {
  const lanes = groupsOf(samples).map((group): LaneAccuracy => {
    const mine = group === 'all' ? samples : samples.filter((s) => s.laneKind === group);
    const scored = mine.filter((s) => s.waitMin > P5_MIN_WAIT);
    const ranged = mine.filter((s) => !s.aboutNow);
    return {
      group,
      scored: scored.length,
      hit: dayShare(
        scored,
        () => true,
        (s) => withinTolerance(s.printedMin, s.waitMin),
      ),
      deterministicHit: share(
        scored,
        (s) => s.deterministicMin !== null && withinTolerance(s.deterministicMin, s.waitMin),
      ),
      lesHit: share(scored, (s) => withinTolerance(s.lesMin, s.waitMin)),
      naiveHit: share(scored, (s) => s.naiveMin !== null && withinTolerance(s.naiveMin, s.waitMin)),
      ranged: ranged.length,
      coverage: dayShare(ranged, () => true, inRange),
      coverageScored: dayShare(ranged, (s) => s.waitMin > P5_MIN_WAIT, inRange),
      medianWidthMin: quantile(
        ranged.map((s) => s.highMin - s.lowMin),
        0.5,
      ),
    };
  });
  const about = samples.filter((s) => s.aboutNow);
  return {
    days: new Set(samples.map((s) => s.day)).size,
    aboutNow: about.length,
    aboutNowKept: share(about, (s) => s.waitMin <= 2),
    medianAhead: quantile(
      samples.filter((s) => s.waitMin > P5_MIN_WAIT).map((s) => s.ahead),
      0.5,
    ),
    byLane: lanes,
  };
}

/** The bound next to the printed point on the same tickets, overall and per lane. */
export interface BoundLane {
  group: Group;
  tickets: number;
  bound: Estimate;
  printed: Estimate;
  /** Bound − printed, paired by ticket (interval over days). */
  gap: Estimate;
}

export interface BoundReport {
  days: number;
  replays: number;
  every: number;
  byLane: BoundLane[];
  /** What the bound expected of itself (share of its replays its point accepts). */
  expectedHit: number;
  /** Share of real waits longer than every replay, and shorter than every replay: both about 1 ÷ (replays + 1) if the replays are faithful. */
  aboveAll: number;
  belowAll: number;
}

export function boundReport(samples: readonly OracleSample[], replays: number, every: number): BoundReport {
  const boundHit = (x: OracleSample) => withinTolerance(x.oracleMin, x.waitMin);
  const printedHit = (x: OracleSample) => withinTolerance(x.printedMin, x.waitMin);
  const byLane = groupsOf(samples).map((group): BoundLane => {
    const mine = group === 'all' ? samples : samples.filter((s) => s.laneKind === group);
    const days = [...new Set(mine.map((x) => x.day))];
    const gapByDay = days.map((d) =>
      mine.filter((x) => x.day === d).reduce((a, x) => a + Number(boundHit(x)) - Number(printedHit(x)), 0),
    );
    const countByDay = days.map((d) => mine.filter((x) => x.day === d).length);
    return {
      group,
      tickets: mine.length,
      bound: dayShare(mine, () => true, boundHit),
      printed: dayShare(mine, () => true, printedHit),
      gap: ratioEstimate(gapByDay, countByDay),
    };
  });
  return {
    days: new Set(samples.map((s) => s.day)).size,
    replays,
    every,
    byLane,
    expectedHit: samples.reduce((a, x) => a + x.oracleConfidence, 0) / Math.max(1, samples.length),
    aboveAll: share(samples, (x) => x.rank === 1),
    belowAll: share(samples, (x) => x.rank === 0),
  };
}
