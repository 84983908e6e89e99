/**
 * From a ticket's sampled waits to what it is told. The point is the one most samples
 * accept by the hit rule |e − w| ≤ 25 % of w + 2 min, counted over the samples longer
 * than 5 minutes (the waits the promise is judged on, docs/performance.md P5); the range is the
 * samples' central 80 %, widened on a log(1 + w) scale by a calibration factor measured in
 * the simulator (bench/, tuned on the reference day only), in whole minutes.
 */
export const SCORED_MIN_WAIT = 5;
export const HIT_SHARE = 0.25;
export const HIT_SLACK_MIN = 2;

export function withinTolerance(estimateMin: number, waitMin: number): boolean {
  return Math.abs(estimateMin - waitMin) <= HIT_SHARE * waitMin + HIT_SLACK_MIN;
}

/** The point e that the most sampled waits w accept: e ∈ [0.75w − 2, 1.25w + 2]. */
export function mostLikelyHit(waits: readonly number[]): { point: number; share: number } {
  const edges: { x: number; d: number }[] = [];
  for (const w of waits) {
    if (!Number.isFinite(w)) continue;
    edges.push({ x: (1 - HIT_SHARE) * w - HIT_SLACK_MIN, d: 1 }, { x: (1 + HIT_SHARE) * w + HIT_SLACK_MIN, d: -1 });
  }
  // Openings before closings at the same x: the intervals are closed.
  edges.sort((a, b) => a.x - b.x || b.d - a.d);
  let open = 0;
  let best = -1;
  let point = 0;
  for (let i = 0; i < edges.length; i++) {
    open += edges[i]!.d;
    if (edges[i]!.d > 0 && open > best) {
      best = open;
      // Middle of the stretch where this many intervals overlap.
      point = (edges[i]!.x + (edges[i + 1]?.x ?? edges[i]!.x)) / 2;
    }
  }
  return { point: Math.max(0, point), share: waits.length ? Math.max(0, best) / waits.length : 0 };
}

/** Quantile of sorted values by linear interpolation (type 7); Infinity passes through. */
export function sortedQuantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return h === lo ? a : Infinity;
  return a + (h - lo) * (b - a);
}

export interface RangeCalibration {
  /** Share of the samples the range holds before widening (0.8: the printed 80 %). */
  mass: number;
  /** Spread factor on log(1 + w) around the median: 1 = the samples as they are. */
  spread: number;
}

/** The printed point of a sampled wait: the scored-subset optimum when the samples have long waits, else all of them. */
export function printedPoint(sorted: readonly number[]): number {
  const scored = sorted.filter((w) => w > SCORED_MIN_WAIT && Number.isFinite(w));
  return mostLikelyHit(scored.length > 0 ? scored : sorted).point;
}

/**
 * The narrowest stretch of the sorted samples holding `mass` of them (a wait has an atom at
 * zero when a counter may be free: the range then starts at 0 instead of cutting it),
 * widened by `spread` on log(1 + w) around the median.
 */
export function calibratedRange(sorted: readonly number[], cal: RangeCalibration): { low: number; high: number } {
  const n = sorted.length;
  const k = Math.min(n - 1, Math.max(0, Math.ceil(cal.mass * n) - 1));
  let bestLo = 0;
  let bestWidth = Infinity;
  for (let i = 0; i + k < n; i++) {
    const width = sorted[i + k]! - sorted[i]!;
    if (width < bestWidth) {
      bestWidth = width;
      bestLo = i;
    }
  }
  const lo = sorted[bestLo]!;
  const hi = sorted[bestLo + k]!;
  const med = Math.log1p(sortedQuantile(sorted, 0.5));
  const widen = (x: number) => Math.expm1(med + cal.spread * (Math.log1p(x) - med));
  return { low: Math.max(0, widen(lo)), high: widen(hi) };
}
