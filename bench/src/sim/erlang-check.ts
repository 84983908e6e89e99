import { simulateDay, waitOf } from './branch-day.ts';
import { controlVariateEstimate } from './control-variates.ts';
import { drawDay, type DayDraw } from './customers.ts';
import { erlangCMeanWait } from './erlang-c.ts';
import { runExperiment } from './parallel.ts';
import { fifoWaits } from './reference-queue.ts';
import { mmcScenario } from './reference-day.ts';
import type { Scenario } from './scenario.ts';
import { ratioEstimate as pooledMean, type Estimate } from './stats.ts';
import { mix32 } from '../../../server/src/engine/estimate/random.ts';

/**
 * Validation (P6): the engine under FIFO, fed a stationary M/M/c stream, must reproduce
 * the Erlang C mean wait within ±3 %. Three parts, all on the same random streams:
 *  1. the engine's own estimate over `engineReps` short days started in steady state;
 *  2. the engine agrees customer by customer with an independent FIFO recursion
 *     (`reference-queue.ts`) on `agreementReps` of those days;
 *  3. that recursion, cheap enough for `referenceReps` days, pins the mean to ±3 %.
 * Each day's Σ waits ÷ λT is unbiased (Palm); arrivals and work are control variates.
 */
export interface ErlangCheckRow {
  servers: number;
  lanes: 1 | 2;
  rho: number;
  erlangMin: number;
  /** Engine: pooled mean (Σ waits ÷ Σ customers) and the control-variate estimate. */
  engine: Estimate;
  engineControlled: Estimate;
  engineCustomers: number;
  msPerDay: number;
  /** Largest |engine wait − recursion wait| over the agreement days, minutes. */
  maxDisagreementMin: number;
  agreementCustomers: number;
  /** The recursion over many more days (control-variate estimate). */
  reference: Estimate;
  referenceCustomers: number;
  /** reference ÷ Erlang C − 1 */
  relError: number;
}

export interface ErlangCheckOptions {
  servers: number;
  /** Two lanes with fallbacks (every counter serves both): still one FIFO pool. */
  lanes: 1 | 2;
  meanServiceMin: number;
  hours: number;
  engineReps: number;
  agreementReps: number;
  referenceReps: number;
  /** The case's own seed (independent streams per case: `caseSeed`). */
  seed: number;
  workers: number;
}

/** Each case draws from its own streams, so the cases' errors do not lean the same way. */
export function caseSeed(seed: number, servers: number, rho: number, lanes: number): number {
  return mix32(mix32(mix32(seed ^ 0x6572) ^ servers) ^ Math.round(rho * 1000)) ^ (lanes * 0x9e37);
}

function controlled(
  scenario: Scenario,
  sums: number[],
  arrivals: number[],
  work: number[],
  meanServiceMin: number,
): Estimate {
  const lambdaT = (scenario.arrivals.perPeriod[0] ?? 0) * scenario.arrivals.perPeriod.length;
  return controlVariateEstimate(
    sums.map((s) => s / lambdaT),
    [arrivals, work],
    [lambdaT, lambdaT * meanServiceMin],
  );
}

function measuredArrivals(draw: DayDraw) {
  return draw.customers.filter((c) => !c.preloaded);
}

export async function erlangCheck(rho: number, o: ErlangCheckOptions): Promise<ErlangCheckRow> {
  const scenario = mmcScenario(o.servers, rho, o.meanServiceMin, o.hours, o.lanes);
  const res = await runExperiment(
    { scenario, arms: [{ label: 'fifo', dispatch: 'fifo' }], seed: o.seed, reps: o.engineReps },
    o.workers,
  );
  const days = res.arms[0]?.days ?? [];

  let maxDisagreementMin = 0;
  let agreementCustomers = 0;
  for (let rep = 0; rep < Math.min(o.agreementReps, o.engineReps); rep++) {
    const draw = drawDay(scenario, o.seed, rep);
    const reference = fifoWaits(draw.customers, o.servers);
    const run = simulateDay(scenario, draw, { dispatch: 'fifo' });
    for (const r of run.records) {
      const w = waitOf(r);
      const expected = reference[r.customer.index];
      if (w === null || expected === undefined) throw new Error(`customer ${r.customer.index} never called`);
      maxDisagreementMin = Math.max(maxDisagreementMin, Math.abs(w - expected));
      agreementCustomers += 1;
    }
  }

  const refSums: number[] = [];
  const refArrivals: number[] = [];
  const refWork: number[] = [];
  for (let rep = 0; rep < o.referenceReps; rep++) {
    const draw = drawDay(scenario, o.seed, rep);
    const waits = fifoWaits(draw.customers, o.servers);
    let sum = 0;
    for (const c of measuredArrivals(draw)) sum += waits[c.index] ?? 0;
    refSums.push(sum);
    refArrivals.push(measuredArrivals(draw).length);
    refWork.push(measuredArrivals(draw).reduce((s, c) => s + c.serviceMin, 0));
  }
  const reference = controlled(scenario, refSums, refArrivals, refWork, o.meanServiceMin);
  const lambdaPerMin = (rho * o.servers) / o.meanServiceMin;
  const erlangMin = erlangCMeanWait(o.servers, lambdaPerMin, 1 / o.meanServiceMin);
  return {
    servers: o.servers,
    lanes: o.lanes,
    rho,
    erlangMin,
    engine: pooledMean(
      days.map((d) => d.waitSum.all),
      days.map((d) => d.count.all),
    ),
    engineControlled: controlled(
      scenario,
      days.map((d) => d.waitSum.all),
      days.map((d) => d.arrivals),
      days.map((d) => d.workMin),
      o.meanServiceMin,
    ),
    engineCustomers: days.reduce((s, d) => s + d.count.all, 0),
    msPerDay: res.msPerDay,
    maxDisagreementMin,
    agreementCustomers,
    reference,
    referenceCustomers: refArrivals.reduce((a, b) => a + b, 0),
    relError: reference.mean / erlangMin - 1,
  };
}
