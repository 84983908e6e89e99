import type { HqFigures } from '@lobby/shared';
import { COUNT_MEASURES, M, MEASURE_COUNT, WAIT_BUCKET_UPPER_MIN, WAIT_BUCKETS } from '../rollups/measures.ts';

/**
 * Report figures from summed rollup measures (never from raw events). p90 is read from the
 * wait histogram: nearest rank, placed linearly inside its bucket (within one bucket width,
 * 1 min below 10 min, of the exact value); above two hours it says 120.
 */
export interface ComplaintCounts {
  complaints: number;
  decided: number;
  onTime: number;
  overdue: number;
}

export const NO_COMPLAINTS: ComplaintCounts = { complaints: 0, decided: 0, onTime: 0, overdue: 0 };

const round1 = (n: number) => Math.round(n * 10) / 10;
const pct = (part: number, whole: number) => (whole === 0 ? null : round1((part / whole) * 100));

export function sumVectors(vs: Iterable<readonly number[]>): number[] {
  const out = new Array<number>(MEASURE_COUNT).fill(0);
  for (const v of vs) for (let i = 0; i < MEASURE_COUNT; i++) out[i]! += v[i]!;
  return out;
}

export function histogramOf(v: readonly number[]): number[] {
  return v.slice(COUNT_MEASURES.length, COUNT_MEASURES.length + WAIT_BUCKETS);
}

export function percentileFromHistogram(hist: readonly number[], p: number): number | null {
  const n = hist.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * n));
  let before = 0;
  for (let i = 0; i < hist.length; i++) {
    const c = hist[i]!;
    if (before + c >= rank) {
      const lower = i === 0 ? 0 : WAIT_BUCKET_UPPER_MIN[i - 1]!;
      const upper = WAIT_BUCKET_UPPER_MIN[i];
      if (upper === undefined) return lower;
      return round1(lower + ((rank - before) / c) * (upper - lower));
    }
    before += c;
  }
  return null;
}

export function figuresOf(v: readonly number[], c: ComplaintCounts): HqFigures {
  const waited = v[M.waited]!;
  const rated = v[M.rated]!;
  return {
    issued: v[M.issued]!,
    served: v[M.served]!,
    waited,
    meanWaitMin: waited === 0 ? null : round1(v[M.wait_ms]! / waited / 60_000),
    p90WaitMin: percentileFromHistogram(histogramOf(v), 90),
    withinTargetPct: pct(v[M.within_target]!, waited),
    noShowPct: pct(v[M.no_show]!, waited),
    meanServiceMin: v[M.service_n]! === 0 ? null : round1(v[M.service_ms]! / v[M.service_n]! / 60_000),
    satisfaction:
      rated === 0 ? null : Math.round(((v[M.attitude_sum]! + v[M.efficiency_sum]!) / (2 * rated)) * 100) / 100,
    rated,
    complaints: c.complaints,
    complaintsOnTimePct: pct(c.onTime, c.decided),
    complaintsOverdue: c.overdue,
  };
}

/** Branch scorecard parts (0–100), as the branch's teller scorecard defines them, per branch. */
export interface KpiParts {
  efficiency: number | null;
  quality: number | null;
  satisfaction: number | null;
}

export const HQ_KPI_WEIGHTS = { efficiency: 0.4, quality: 0.3, satisfaction: 0.3 } as const;
const clamp100 = (n: number) => Math.max(0, Math.min(100, n));

export function kpiParts(v: readonly number[], complaints: number): KpiParts {
  const served = v[M.served]!;
  const waited = v[M.waited]!;
  const rated = v[M.rated]!;
  const actual = v[M.served_service_ms]!;
  return {
    efficiency: actual > 0 ? round1(clamp100((v[M.target_service_ms]! / actual) * 100)) : null,
    // Fully served without a transfer, of those called; 10 points off per complaint per 1,000 served.
    quality:
      waited === 0
        ? null
        : round1(clamp100((v[M.clean_served]! / waited) * 100 - (complaints * 10_000) / Math.max(served, 1))),
    satisfaction:
      rated === 0 ? null : round1((((v[M.attitude_sum]! + v[M.efficiency_sum]!) / (2 * rated) - 1) / 4) * 100),
  };
}

/** Weighted score; a part without data drops out and the others are reweighted. */
export function kpiScore(parts: KpiParts): number {
  let sum = 0;
  let weight = 0;
  for (const k of ['efficiency', 'quality', 'satisfaction'] as const) {
    const v = parts[k];
    if (v === null) continue;
    sum += v * HQ_KPI_WEIGHTS[k];
    weight += HQ_KPI_WEIGHTS[k];
  }
  return weight === 0 ? 0 : round1(sum / weight);
}
