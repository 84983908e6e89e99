import { erlangCMeanWait } from './erlang-c.ts';
import { runExperiment } from './parallel.ts';
import { pooledReferenceProfile } from './reference-day.ts';
import { ratioEstimate, type Estimate } from './stats.ts';

/**
 * Validation (b): per-hour stationary formulas vs the simulated day. Erlang C for each
 * hour's own rate assumes the hour starts in steady state; a real day carries the queue
 * built at the peak into the next hours, so the formula underestimates there (and, near
 * saturation, overestimates the peak hour itself, which never reaches its steady state).
 */
export interface HourRow {
  hour: number;
  arrivalsPerHour: number;
  rho: number;
  formulaMin: number;
  sim: Estimate;
}

export interface HourlyCheck {
  servers: number;
  rows: HourRow[];
  /** Hours after the peak where the simulation waits longer than the formula says. */
  afterPeakUnderestimated: boolean;
}

export async function hourlyStationaryCheck(
  servers: number,
  reps: number,
  seed: number,
  workers: number,
): Promise<HourlyCheck> {
  const scenario = pooledReferenceProfile(servers);
  const res = await runExperiment({ scenario, arms: [{ label: 'fifo', dispatch: 'fifo' }], seed, reps }, workers);
  const days = res.arms[0]?.days ?? [];
  const meanMin = scenario.lanes[0]?.service.meanMin ?? 1;
  const rates = scenario.arrivals.perPeriod;
  const rows = rates.map((perHour, hour): HourRow => {
    const lambda = perHour / 60;
    const rho = (lambda * meanMin) / servers;
    return {
      hour,
      arrivalsPerHour: perHour,
      rho,
      formulaMin: rho < 1 ? erlangCMeanWait(servers, lambda, 1 / meanMin) : Infinity,
      sim: ratioEstimate(
        days.map((d) => d.hourWaitSum[hour] ?? 0),
        days.map((d) => d.hourCount[hour] ?? 0),
      ),
    };
  });
  const peak = rates.indexOf(Math.max(...rates));
  const after = rows.slice(peak + 1, peak + 3);
  return {
    servers,
    rows,
    afterPeakUnderestimated: after.length > 0 && after.every((r) => r.sim.mean - r.sim.half > r.formulaMin),
  };
}
