/** Small statistics kit for replicated terminating simulations (95 % confidence intervals). */
export interface Estimate {
  mean: number;
  /** Half-width of the 95 % confidence interval. */
  half: number;
  n: number;
}

export function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return xs.length ? s / xs.length : NaN;
}

export function variance(xs: readonly number[]): number {
  if (xs.length < 2) return NaN;
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) * (x - m);
  return s / (xs.length - 1);
}

/** Two-sided 97.5 % Student-t quantile; the table covers small n, the normal value the rest. */
export function t975(df: number): number {
  const table = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
    2.101, 2.093, 2.086,
  ];
  if (df < 1) return NaN;
  if (df <= table.length) return table[df - 1] ?? NaN;
  if (df <= 30) return 2.042 + ((30 - df) / 10) * (2.086 - 2.042);
  if (df <= 60) return 2.0 + ((60 - df) / 30) * (2.042 - 2.0);
  if (df <= 120) return 1.98 + ((120 - df) / 60) * (2.0 - 1.98);
  return 1.96 + Math.min(1, 120 / df) * (1.98 - 1.96);
}

export function estimate(xs: readonly number[]): Estimate {
  const n = xs.length;
  return { mean: mean(xs), half: n > 1 ? t975(n - 1) * Math.sqrt(variance(xs) / n) : NaN, n };
}

/**
 * Ratio of two means from paired replications (common random numbers), with the
 * delta-method interval: Var(R) ≈ Var(X − R·Y) ÷ (n·Ȳ²). Pairing is what makes it tight.
 */
export function ratioEstimate(xs: readonly number[], ys: readonly number[]): Estimate {
  const n = Math.min(xs.length, ys.length);
  const mx = mean(xs.slice(0, n));
  const my = mean(ys.slice(0, n));
  const r = mx / my;
  const resid = xs.slice(0, n).map((x, i) => x - r * (ys[i] ?? 0));
  return { mean: r, half: n > 1 ? (t975(n - 1) * Math.sqrt(variance(resid) / n)) / Math.abs(my) : NaN, n };
}

/** Quantile by linear interpolation on a sorted copy (type 7, as R and numpy default). */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const a = s[lo] ?? NaN;
  const b = s[Math.min(lo + 1, s.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 erf), enough for reporting. */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/**
 * Ratio of two pooled means from paired replications, (Σa/Σb) ÷ (Σc/Σd), e.g. a policy's
 * customer-weighted mean wait over FIFO's. Delta method on the per-day linearisation.
 */
export function ratioOfPooled(
  a: readonly number[],
  b: readonly number[],
  c: readonly number[],
  d: readonly number[],
): Estimate {
  const n = Math.min(a.length, b.length, c.length, d.length);
  const ma = mean(a.slice(0, n));
  const mb = mean(b.slice(0, n));
  const mc = mean(c.slice(0, n));
  const md = mean(d.slice(0, n));
  const r = ma / mb / (mc / md);
  const z: number[] = [];
  for (let i = 0; i < n; i++) z.push((a[i] ?? 0) / ma - (b[i] ?? 0) / mb - (c[i] ?? 0) / mc + (d[i] ?? 0) / md);
  return { mean: r, half: n > 1 ? t975(n - 1) * Math.abs(r) * Math.sqrt(variance(z) / n) : NaN, n };
}

/**
 * A statistic of the pooled replications with a sectioning interval (Asmussen & Glynn):
 * point estimate from all days, spread from the same statistic on k disjoint sections.
 * Used for p99s and their ratios, which have no simple variance formula.
 */
export function sectioned<T>(days: readonly T[], stat: (section: readonly T[]) => number, sections = 10): Estimate {
  const point = stat(days);
  const k = Math.min(sections, days.length);
  if (k < 2) return { mean: point, half: NaN, n: days.length };
  const size = Math.floor(days.length / k);
  const values: number[] = [];
  for (let s = 0; s < k; s++) values.push(stat(days.slice(s * size, (s + 1) * size)));
  return { mean: point, half: t975(k - 1) * Math.sqrt(variance(values) / k), n: days.length };
}
