import { mean, t975, type Estimate } from './stats.ts';

/**
 * Regression-adjusted control variates (Lavenberg & Welch): Y − β·(X − E[X]) with β from
 * least squares over the replications. For a queue the day's arrival count and total work
 * have known means and explain most of the day-to-day swing in the mean wait, so the same
 * replications give a much tighter interval around the same expectation.
 */
export function controlVariateEstimate(
  ys: readonly number[],
  controls: readonly (readonly number[])[],
  knownMeans: readonly number[],
): Estimate {
  const n = ys.length;
  const k = controls.length;
  const yBar = mean(ys);
  const xBar = controls.map((x) => mean(x));
  // Centered design, then normal equations (k is 1 or 2: solve directly).
  const xc = controls.map((x, j) => x.map((v) => v - (xBar[j] ?? 0)));
  const yc = ys.map((y) => y - yBar);
  const sxx = xc.map((a) => xc.map((b) => a.reduce((s, v, i) => s + v * (b[i] ?? 0), 0)));
  const sxy = xc.map((a) => a.reduce((s, v, i) => s + v * (yc[i] ?? 0), 0));
  const beta = solve(sxx, sxy);
  const adjusted = yBar - beta.reduce((s, b, j) => s + b * ((xBar[j] ?? 0) - (knownMeans[j] ?? 0)), 0);
  let sse = 0;
  for (let i = 0; i < n; i++) {
    const fit = beta.reduce((s, b, j) => s + b * (xc[j]?.[i] ?? 0), 0);
    sse += ((yc[i] ?? 0) - fit) ** 2;
  }
  const df = n - k - 1;
  // Variance of the controlled mean, with the usual inflation for estimating β.
  const s2 = sse / df;
  let quad = 0;
  const inv = invert(sxx);
  for (let a = 0; a < k; a++)
    for (let b = 0; b < k; b++)
      quad += ((xBar[a] ?? 0) - (knownMeans[a] ?? 0)) * (inv[a]?.[b] ?? 0) * ((xBar[b] ?? 0) - (knownMeans[b] ?? 0));
  const varMean = s2 * (1 / n + quad);
  return { mean: adjusted, half: df > 0 ? t975(df) * Math.sqrt(varMean) : NaN, n };
}

function invert(m: number[][]): number[][] {
  if (m.length === 1) return [[1 / (m[0]?.[0] ?? NaN)]];
  const [a, b] = m[0] ?? [];
  const [c, d] = m[1] ?? [];
  const det = (a ?? 0) * (d ?? 0) - (b ?? 0) * (c ?? 0);
  return [
    [(d ?? 0) / det, -(b ?? 0) / det],
    [-(c ?? 0) / det, (a ?? 0) / det],
  ];
}

function solve(m: number[][], v: number[]): number[] {
  const inv = invert(m);
  return inv.map((row) => row.reduce((s, x, j) => s + x * (v[j] ?? 0), 0));
}
