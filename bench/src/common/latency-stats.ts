import { quantile } from '../sim/stats.ts';

/** p50 / p99 / max of a latency sample (type-7 quantiles from the simulator's stats). */
export interface LatencySummary {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

export function summarize(samples: readonly number[]): LatencySummary {
  if (samples.length === 0) return { n: 0, p50: NaN, p99: NaN, max: NaN };
  let max = -Infinity;
  for (const s of samples) if (s > max) max = s;
  return { n: samples.length, p50: quantile(samples, 0.5), p99: quantile(samples, 0.99), max };
}
