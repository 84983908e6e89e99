import { DEFAULT_COVERAGE, type CoverageSettings } from '../../../server/src/engine/estimate/range-calibration.ts';
import { accuracyReport } from '../sim/estimator-accuracy.ts';
import { runEstimates } from '../sim/parallel.ts';
import { referenceDay } from '../sim/reference-day.ts';
import { P5_MIN_WAIT } from '../sim/estimator-accuracy.ts';

/**
 * The sweep that chose the range calibration's settings (range-calibration.ts,
 * DEFAULT_COVERAGE), on the reference day only (the 7-counter lunch day; the other P5 days
 * are checks and never swept): for each gain and initial spread, `days` simulated days of the
 * printed estimate with the calibration carried from day to day, each lane's range coverage
 * and median width, and the point's hit share (unchanged by the range; a sanity column).
 *   npx tsx bench/src/policy/estimator-sweep.ts [days] [gain,gain,…] [initial,initial,…]
 */
const days = Number(process.argv[2] ?? 16);
const gains = (process.argv[3] ?? '0.05,0.1,0.2').split(',').map(Number);
const initials = (process.argv[4] ?? String(DEFAULT_COVERAGE.initial)).split(',').map(Number);
const scenario = referenceDay({ counters: 7 });
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

console.log(`Range calibration sweep — ${scenario.name}, ${days} days, seed 20261123`);
for (const initial of initials)
  for (const gain of gains) {
    const coverage: CoverageSettings = { ...DEFAULT_COVERAGE, gain, initial };
    const res = await runEstimates(
      scenario,
      { seed: 20261123, boundDays: 0, boundReplays: 1, boundEvery: 1, minWaitMin: P5_MIN_WAIT, coverage },
      days,
      2,
    );
    const lanes = accuracyReport(res.samples).byLane.filter((l) => l.group !== 'all');
    console.log(
      `gain ${gain} initial ${initial}: ` +
        lanes
          .map(
            (l) =>
              `${l.group} holds ${pct(l.coverage.mean)} ±${(l.coverage.half * 100).toFixed(1)}, width ${l.medianWidthMin.toFixed(0)} min, point ${pct(l.hit.mean)}`,
          )
          .join(' │ '),
    );
  }
