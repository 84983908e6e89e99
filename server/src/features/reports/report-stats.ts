/** Small numeric helpers of the reports; minutes rounded to one decimal for display and export. */
const MINUTE = 60_000;

export function toMinutes(ms: number): number {
  return Math.round((ms / MINUTE) * 10) / 10;
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Nearest-rank percentile: the smallest value with at least p % of values at or below it. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

export function pct(part: number, whole: number): number | null {
  return whole === 0 ? null : round1((part / whole) * 100);
}
