import { forecastWaits, newTicketProbes } from '../../../server/src/engine/estimate/forecast.ts';
import { createInitialState, type EngineState } from '../../../server/src/engine/index.ts';
import { learnedProfile } from '../sim/arrival-history.ts';
import { drawDay } from '../sim/customers.ts';
import { DayDriver } from '../sim/day-driver.ts';
import { referenceDay } from '../sim/reference-day.ts';
import { simBranchConfig, simDayStart } from '../sim/sim-config.ts';

/**
 * P5's cost goal: one forecast refresh — what the server's WaitForecaster runs after a
 * commit, off the commit path — on a hall with `waiting` tickets waiting: every waiting
 * ticket plus every new-ticket probe (each lane × priority group × VIP tier), with the
 * shipped options and a learned arrival profile. The halls are real moments of simulated
 * days on the engine (the 7-counter lunch day at 3.5× the arrivals, so 300 wait by midday),
 * one per day, each refreshed `runs` times. Reported as the slowest refresh (not a mean) and
 * that refresh divided by the estimates it produced.
 */
const MINUTE = 60_000;
/** Arrivals × this, so the hall reaches 300 waiting well before the last ticket. */
const CROWD_FACTOR = 3.5;

export interface EstimateCostResult {
  waiting: number;
  halls: number;
  runs: number;
  /** Estimates per refresh (waiting tickets + probes). */
  estimates: number;
  refreshMaxMs: number;
  refreshP50Ms: number;
  /** The slowest refresh ÷ its estimates. */
  perEstimateMaxMs: number;
}

/** The hall of one simulated day at the moment `waiting` tickets first wait (the day stops there). */
function crowdedHall(seed: number, day: number, waiting: number): { state: EngineState; now: number } {
  const scenario = referenceDay({ counters: 7, arrivalFactor: CROWD_FACTOR });
  const config = simBranchConfig(scenario);
  const dayStart = simDayStart(scenario);
  let hall: { state: EngineState; now: number } | null = null;
  const driver: DayDriver = new DayDriver(
    scenario,
    config,
    dayStart,
    createInitialState(config, dayStart, 'accumulated'),
    0,
    DayDriver.freshTellers(scenario),
    {
      issued: () => {
        let n = 0;
        for (const t of driver.state.tickets.values()) if (t.status === 'waiting') n += 1;
        if (n >= waiting) hall ??= { state: driver.state, now: dayStart + driver.nowMin * MINUTE };
      },
    },
  );
  for (const c of drawDay(scenario, seed, day).customers)
    driver.queue.push(c.arrivalMin, { kind: 'arrival', customer: c });
  driver.pushShifts(0);
  driver.run(() => hall !== null);
  if (!hall) throw new Error(`no hall with ${waiting} waiting on day ${day}`);
  return hall;
}

export function benchEstimateCost(o: {
  waiting: number;
  halls: number;
  runs: number;
  seed: number;
}): EstimateCostResult {
  const scenario = referenceDay({ counters: 7, arrivalFactor: CROWD_FACTOR });
  const profile = learnedProfile(scenario, o.seed);
  const times: number[] = [];
  let estimates = 0;
  let perEstimateMaxMs = 0;
  for (let d = 0; d < o.halls; d++) {
    const { state, now } = crowdedHall(o.seed, d, o.waiting);
    const probes = newTicketProbes(state.config);
    // One untimed refresh first: the JIT, not the forecast, would be the slowest otherwise.
    forecastWaits(state, now, profile, undefined, probes);
    for (let r = 0; r < o.runs; r++) {
      // A minute later each run: a new clock is a new forecast (nothing is cached by the clock).
      const t0 = performance.now();
      const f = forecastWaits(state, now + r * MINUTE, profile, undefined, probes);
      const ms = performance.now() - t0;
      times.push(ms);
      estimates = f.tickets.size + f.probes.size;
      perEstimateMaxMs = Math.max(perEstimateMaxMs, ms / estimates);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    waiting: o.waiting,
    halls: o.halls,
    runs: o.runs,
    estimates,
    refreshMaxMs: sorted[sorted.length - 1] ?? NaN,
    refreshP50Ms: sorted[Math.floor(sorted.length / 2)] ?? NaN,
    perEstimateMaxMs,
  };
}
