import type { ArrivalProfile } from '../../../server/src/engine/estimate/arrival-profile.ts';
import type { ForecastOptions } from '../../../server/src/engine/estimate/forecast.ts';
import { RangeCalibrator, type CoverageSettings } from '../../../server/src/engine/estimate/range-calibration.ts';
import { learnedProfile, trueProfile } from './arrival-history.ts';
import { simulateDay } from './branch-day.ts';
import { drawDay } from './customers.ts';
import { estimateSamples, type EstimateSample } from './day-metrics.ts';
import { boundSamples, snapshotAtIssue, type HallSnapshot, type OracleSample } from './oracle-estimate.ts';
import type { Scenario } from './scenario.ts';

/**
 * The printed estimate on simulated days, as a branch runs it: the forecast prints at every
 * issue from the arrival profile of the branch's past weeks, the range calibration carries
 * over from one day to the next (the server keeps it), and on the first `boundDays` days of
 * the run the honest bound is computed for every `boundEvery`-th scored ticket beside it.
 */
export interface EstimateRunOptions {
  seed: number;
  boundDays: number;
  boundReplays: number;
  boundEvery: number;
  minWaitMin: number;
  forecast?: ForecastOptions;
  coverage?: CoverageSettings;
  /** The past weeks' counter times × this (default 1: the branch's history is today's branch). */
  historyServiceFactor?: number;
  /**
   * Diagnostic: print from the day's true rates ('rates') or its true rates and service laws
   * ('all', trueProfile) instead of the learned profile — how much of the gap to the honest
   * bound is what the bound knows.
   */
  knowTheDay?: 'rates' | 'all';
}

export interface EstimateRunResult {
  samples: EstimateSample[];
  bound: OracleSample[];
  /** Forecasts made and their total time, ms (the cost of the printed estimate in the simulator). */
  forecasts: number;
  forecastMs: number;
}

function knownProfile(
  know: EstimateRunOptions['knowTheDay'],
  learned: ArrivalProfile,
  truth: () => ArrivalProfile,
): ArrivalProfile {
  if (!know) return learned;
  const t = truth();
  return know === 'all' ? t : { ...t, service: learned.service };
}

export function runEstimateDays(
  scenario: Scenario,
  o: EstimateRunOptions,
  from: number,
  to: number,
): EstimateRunResult {
  const profile = learnedProfile(scenario, o.seed, undefined, o.historyServiceFactor);
  const calibrator = new RangeCalibrator(o.coverage);
  const out: EstimateRunResult = { samples: [], bound: [], forecasts: 0, forecastMs: 0 };
  for (let rep = from; rep < to; rep++) {
    const draw = drawDay(scenario, o.seed, rep);
    const snaps = new Map<string, HallSnapshot>();
    const withBound = rep - from < o.boundDays;
    const t0 = performance.now();
    const run = simulateDay(scenario, draw, {
      dispatch: 'accumulated',
      estimates: true,
      estimator: {
        options: o.forecast,
        profile: knownProfile(o.knowTheDay, profile, () => trueProfile(scenario, draw.multiplier)),
        calibrator,
      },
      onIssued: withBound ? snapshotAtIssue(snaps) : undefined,
    });
    out.forecastMs += performance.now() - t0;
    out.forecasts += run.records.length;
    out.samples.push(...estimateSamples(run, rep));
    if (withBound)
      out.bound.push(
        ...boundSamples({ scenario, seed: o.seed, rep, multiplier: draw.multiplier, snaps }, run.records, {
          replays: o.boundReplays,
          minWaitMin: o.minWaitMin,
          every: o.boundEvery,
        }),
      );
  }
  return out;
}
