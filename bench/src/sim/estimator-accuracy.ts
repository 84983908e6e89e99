import type { LaneKind } from '@lobby/shared';
import type { EstimateSample } from './day-metrics.ts';
import type { OracleSample } from './oracle-estimate.ts';
import { normalCdf, quantile, ratioEstimate, type Estimate } from './stats.ts';

/**
 * P5: does the printed wait come true? For tickets that waited more than 5 minutes, the
 * share whose estimate e lies within ±(25 % + 2 min) of the realised wait w:
 * |e − w| ≤ 0.25·w + 2. The printed estimate is the middle of the printed range.
 *
 * The floor: with n people ahead the wait is a sum of n + 1 departure gaps, so even a
 * perfect-rate estimator misses by about 1/√(n+1) relative error. An ideal estimator
 * with exactly that error (normal) would hit P(|Z| ≤ (0.25 + 2/w)·√(n+1)) per ticket.
 */
export const P5_MIN_WAIT = 5;

export interface AccuracyRow {
  name: string;
  /** Share within tolerance. */
  hit: number;
  /** Median |e − w| ÷ w. */
  medianRelError: number;
  /** Mean (e − w) ÷ w: positive = promises too long. */
  meanBias: number;
}

export interface AccuracyReport {
  tickets: number;
  /** The printed estimate's hit share with its 95 % interval over days (tickets of a day move together). */
  printedHit: Estimate;
  rows: AccuracyRow[];
  /** Expected hit share of the ideal 1/√(n+1) estimator, and its median relative error. */
  floorHit: number;
  floorMedianRelError: number;
  /** Median people ahead at issue. */
  medianAhead: number;
  /** The printed estimate's hit share per lane. */
  byLane: { laneKind: LaneKind; tickets: number; hit: number }[];
}

/** P5 goal for the printed estimate. */
export const P5_GOAL = 0.85;

export function withinTolerance(estimateMin: number, waitMin: number): boolean {
  return Math.abs(estimateMin - waitMin) <= 0.25 * waitMin + 2;
}

function row(name: string, pairs: { e: number; w: number }[]): AccuracyRow {
  const rel = pairs.map((p) => (p.e - p.w) / p.w);
  return {
    name,
    hit: pairs.filter((p) => withinTolerance(p.e, p.w)).length / Math.max(1, pairs.length),
    medianRelError: quantile(rel.map(Math.abs), 0.5),
    meanBias: rel.reduce((s, x) => s + x, 0) / Math.max(1, rel.length),
  };
}

export function accuracyReport(samples: readonly EstimateSample[]): AccuracyReport {
  const long = samples.filter((s) => s.waitMin > P5_MIN_WAIT);
  const floor = long.map((s) => {
    const sigma = 1 / Math.sqrt(s.ahead + 1);
    return 2 * normalCdf((0.25 + 2 / s.waitMin) / sigma) - 1;
  });
  const days = [...new Set(long.map((s) => s.day))];
  const hitsByDay = days.map(
    (d) => long.filter((s) => s.day === d && withinTolerance(s.printedMidMin, s.waitMin)).length,
  );
  const countByDay = days.map((d) => long.filter((s) => s.day === d).length);
  return {
    tickets: long.length,
    printedHit: ratioEstimate(hitsByDay, countByDay),
    rows: [
      row(
        'engine (printed)',
        long.map((s) => ({ e: s.printedMidMin, w: s.waitMin })),
      ),
      row(
        'LES baseline',
        long.map((s) => ({ e: s.lesMin, w: s.waitMin })),
      ),
      row(
        'naive queue × service',
        long.filter((s) => s.naiveMin !== null).map((s) => ({ e: s.naiveMin ?? 0, w: s.waitMin })),
      ),
    ],
    floorHit: floor.reduce((a, b) => a + b, 0) / Math.max(1, floor.length),
    floorMedianRelError: quantile(
      long.map((s) => 0.6745 / Math.sqrt(s.ahead + 1)),
      0.5,
    ),
    medianAhead: quantile(
      long.map((s) => s.ahead),
      0.5,
    ),
    byLane: lanesOf(long).map((laneKind) => {
      const mine = long.filter((s) => s.laneKind === laneKind);
      return {
        laneKind,
        tickets: mine.length,
        hit: mine.filter((s) => withinTolerance(s.printedMidMin, s.waitMin)).length / mine.length,
      };
    }),
  };
}

function lanesOf(samples: readonly { laneKind: LaneKind }[]): LaneKind[] {
  return [...new Set(samples.map((s) => s.laneKind))].sort();
}

/** The oracle next to the printed estimate on the same tickets, overall and per lane. */
export interface OracleReport {
  days: number;
  replays: number;
  tickets: number;
  oracleHit: number;
  printedHit: number;
  /** What the oracle expected of itself (share of its replays its point accepts). */
  oracleExpectedHit: number;
  byLane: { laneKind: LaneKind; tickets: number; oracleHit: number; printedHit: number }[];
  /** Share of real waits longer than every replay, and shorter than every replay: both about 1 ÷ (replays + 1) if the replays are faithful. */
  aboveAll: number;
  belowAll: number;
}

export function oracleReport(samples: readonly OracleSample[], days: number, replays: number): OracleReport {
  const share = (xs: readonly OracleSample[], f: (x: OracleSample) => boolean) =>
    xs.filter(f).length / Math.max(1, xs.length);
  const oracleHits = (x: OracleSample) => withinTolerance(x.oracleMin, x.waitMin);
  const printedHits = (x: OracleSample) => withinTolerance(x.printedMidMin, x.waitMin);
  return {
    days,
    replays,
    tickets: samples.length,
    oracleHit: share(samples, oracleHits),
    printedHit: share(samples, printedHits),
    oracleExpectedHit: samples.reduce((a, x) => a + x.oracleConfidence, 0) / Math.max(1, samples.length),
    byLane: lanesOf(samples).map((laneKind) => {
      const mine = samples.filter((x) => x.laneKind === laneKind);
      return {
        laneKind,
        tickets: mine.length,
        oracleHit: share(mine, oracleHits),
        printedHit: share(mine, printedHits),
      };
    }),
    aboveAll: share(samples, (x) => x.rank === 1),
    belowAll: share(samples, (x) => x.rank === 0),
  };
}
