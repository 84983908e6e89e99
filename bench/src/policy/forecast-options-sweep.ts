import { DEFAULT_FORECAST, type ForecastOptions } from '../../../server/src/engine/estimate/forecast.ts';
import { withinTolerance } from '../../../server/src/engine/estimate/wait-summary.ts';
import { P5_MIN_WAIT } from '../sim/estimator-accuracy.ts';
import type { EstimateSample } from '../sim/day-metrics.ts';
import { runEstimates } from '../sim/parallel.ts';
import { referenceDay } from '../sim/reference-day.ts';
import { ESTIMATE_DAYS } from './policy-suite.ts';

/**
 * The sweep that chose the forecast's options (ForecastOptions: how much the counter times
 * of recent days weigh, how many replays): each variant prints on the same simulated days
 * (the printed estimate never changes who is called, so the days are identical), and each
 * lane's point hit share (waits > 5 min) is reported with its paired difference from the
 * first variant, so a change of a point or two is told from day-to-day noise. Tune on the
 * reference day (index 0) only; the other P5 days are checks.
 *   npx tsx bench/src/policy/forecast-options-sweep.ts [days] [day index,…] [variant,…] [history service ×]
 */
const days = Number(process.argv[2] ?? 16);
/** P5 days by index into ESTIMATE_DAYS (0 = the reference day, the only one tuned on). */
const only = (process.argv[3] ?? '0').split(',').map(Number);
const pick = process.argv[4]?.split(',');
/** The past weeks' counter times × this: how much a history unlike today costs. */
const historyServiceFactor = Number(process.argv[5] ?? 1);

/** A forecast setting, or the diagnostics that print from the day's true rates (`knowTheRates`) or rates and laws (`knowTheDay`). */
const VARIANTS: Record<string, { forecast: ForecastOptions; knowTheDay?: 'rates' | 'all' }> = {
  shipped: { forecast: DEFAULT_FORECAST },
  noHistory: { forecast: { ...DEFAULT_FORECAST, historyDepartures: 0 } },
  history10: { forecast: { ...DEFAULT_FORECAST, historyDepartures: 10 } },
  history40: { forecast: { ...DEFAULT_FORECAST, historyDepartures: 40 } },
  replays48: { forecast: { ...DEFAULT_FORECAST, replays: { min: 48, max: 64, callBudget: 1e9 } } },
  knowTheRates: { forecast: DEFAULT_FORECAST, knowTheDay: 'rates' },
  knowTheDay: { forecast: { ...DEFAULT_FORECAST, historyDepartures: 1e6 }, knowTheDay: 'all' },
};

const scenarios = only.map((i) => {
  const v = ESTIMATE_DAYS[i];
  if (!v) throw new Error(`no P5 day ${i}; 0–${ESTIMATE_DAYS.length - 1}`);
  return referenceDay(v);
});
const names = pick ?? Object.keys(VARIANTS);

/** Per-day hits and counts by lane, over the scored tickets (waits > 5 min, a point printed). */
function hitsByDay(samples: EstimateSample[]): Map<string, Map<number, { hits: number; n: number }>> {
  const out = new Map<string, Map<number, { hits: number; n: number }>>();
  for (const s of samples) {
    if (s.waitMin <= P5_MIN_WAIT) continue;
    for (const g of [s.laneKind as string, 'all']) {
      const byDay = out.get(g) ?? new Map();
      const d = byDay.get(s.day) ?? { hits: 0, n: 0 };
      d.n += 1;
      if (withinTolerance(s.aboutNow ? 0 : s.printedMin, s.waitMin)) d.hits += 1;
      byDay.set(s.day, d);
      out.set(g, byDay);
    }
  }
  return out;
}

/** Paired difference of two ratio estimates over the same days (delta method on day totals). */
function pairedDiff(a: Map<number, { hits: number; n: number }>, b: Map<number, { hits: number; n: number }>) {
  const dayIds = [...a.keys()].filter((d) => b.has(d));
  const n = dayIds.reduce((s, d) => s + a.get(d)!.n, 0);
  const ra = dayIds.reduce((s, d) => s + a.get(d)!.hits, 0) / n;
  const rb = dayIds.reduce((s, d) => s + b.get(d)!.hits, 0) / n;
  const nBar = n / dayIds.length;
  const resid = dayIds.map((d) => (a.get(d)!.hits - b.get(d)!.hits - (ra - rb) * a.get(d)!.n) / nBar);
  const v = resid.reduce((s, x) => s + x * x, 0) / Math.max(1, dayIds.length - 1) / dayIds.length;
  return { a: ra, diff: ra - rb, half: 1.96 * Math.sqrt(v) };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}`;
for (const scenario of scenarios) {
  console.log(
    `Forecast options sweep — ${scenario.name}, ${days} days, seed 20261123, past weeks' counter times × ${historyServiceFactor} (hit share %, Δ vs shipped ±95 %)`,
  );
  const results = new Map<string, Map<string, Map<number, { hits: number; n: number }>>>();
  for (const name of names) {
    const variant = VARIANTS[name];
    if (!variant) throw new Error(`unknown variant ${name}; known: ${Object.keys(VARIANTS).join(', ')}`);
    const t0 = performance.now();
    const res = await runEstimates(
      scenario,
      {
        seed: 20261123,
        boundDays: 0,
        boundReplays: 1,
        boundEvery: 1,
        minWaitMin: P5_MIN_WAIT,
        forecast: variant.forecast,
        knowTheDay: variant.knowTheDay,
        historyServiceFactor,
      },
      days,
      2,
    );
    results.set(name, hitsByDay(res.samples));
    const base = results.get(names[0]!)!;
    const cells = ['business', 'personal', 'vip', 'all'].map((g) => {
      const d = pairedDiff(results.get(name)!.get(g)!, base.get(g)!);
      return `${g} ${pct(d.a)} (${d.diff >= 0 ? '+' : ''}${pct(d.diff)} ±${pct(d.half)})`;
    });
    console.log(
      `  ${name.padEnd(18)} ${cells.join(' │ ')} │ ${(res.forecastMs / res.forecasts).toFixed(2)} ms/issue, ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
  }
}
