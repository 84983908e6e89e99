import { armRatios, armStats, type ArmRatios, type ArmStats } from '../sim/arm-stats.ts';
import { erlangCheck, type ErlangCheckRow } from '../sim/erlang-check.ts';
import {
  accuracyReport,
  oracleReport,
  P5_MIN_WAIT,
  type AccuracyReport,
  type OracleReport,
} from '../sim/estimator-accuracy.ts';
import type { PolicyArm } from '../sim/experiment.ts';
import { hourlyStationaryCheck, type HourlyCheck } from '../sim/hourly-stationary.ts';
import { runExperiment, runOracle } from '../sim/parallel.ts';
import { referenceDay, type ReferenceVariant } from '../sim/reference-day.ts';
import type { BenchOptions } from './bench-options.ts';
import { mainArms, stressArms } from './policy-arms.ts';
import { p3Checks, p4Checks, p5Check, type GoalCheck } from './policy-goals.ts';

/**
 * Everything `bench:policy` measures, as data: the validation ladder first (Erlang C, then
 * per-hour formulas), then the policies on the reference day and its stress variants, then
 * the printed estimate's accuracy.
 */
export interface PolicyRow {
  arm: PolicyArm;
  stats: ArmStats;
  vsFifo: ArmRatios;
}

export interface ScenarioReport {
  name: string;
  variant: ReferenceVariant;
  reps: number;
  msPerDay: number;
  rows: PolicyRow[];
  goals: GoalCheck[];
}

export interface SuiteReport {
  options: BenchOptions;
  erlang: ErlangCheckRow[];
  hourly: HourlyCheck;
  scenarios: ScenarioReport[];
  accuracy: AccuracyReport | null;
  oracle: OracleReport;
  wallMs: number;
}

export const ERLANG_LOADS = [0.5, 0.7, 0.85] as const;
export const ERLANG_SERVERS = 3;
const ERLANG_SERVICE_MIN = 4;
const ERLANG_DAY_HOURS = 2;
/** Counters for the per-hour check: the reference 7, without lunch (the peak hour runs at ρ ≈ 0.98). */
export const HOURLY_SERVERS = 7;

const SCENARIOS: { variant: ReferenceVariant; main: boolean }[] = [
  { variant: { counters: 7 }, main: true },
  { variant: { counters: 6 }, main: true },
  { variant: { counters: 7, arrivalFactor: 1.2 }, main: false },
  { variant: { counters: 6, arrivalFactor: 1.2 }, main: false },
  { variant: { counters: 7, noShowProb: 0.05 }, main: false },
  { variant: { counters: 6, noShowProb: 0.05 }, main: false },
];

async function runScenario(
  variant: ReferenceVariant,
  main: boolean,
  o: BenchOptions,
  onAccuracy: (a: AccuracyReport) => void,
): Promise<ScenarioReport> {
  const scenario = referenceDay(variant);
  const withEstimates = main && variant.counters === 7;
  const arms = main ? mainArms(withEstimates) : stressArms();
  const res = await runExperiment({ scenario, arms, seed: o.seed, reps: o.reps }, o.workers);
  const fifo = res.arms.find((a) => a.label === arms[0]?.label)?.days ?? [];
  const rows: PolicyRow[] = res.arms.map((a, i) => ({
    arm: arms[i]!,
    stats: armStats(a.label, a.days),
    vsFifo: armRatios(a.days, fifo),
  }));
  const byDispatch = (d: PolicyArm['dispatch']) => res.arms[arms.findIndex((a) => a.dispatch === d)];
  const ours = byDispatch('accumulated');
  const dedicated = byDispatch('dedicated');
  const goals: GoalCheck[] = [];
  if (ours) {
    const vsFifo = armRatios(ours.days, fifo);
    if (variant.counters === 6) goals.push(...p3Checks(vsFifo));
    if (variant.counters === 7)
      goals.push(...p4Checks(vsFifo, dedicated ? armRatios(ours.days, dedicated.days) : null));
    if (withEstimates) {
      const accuracy = accuracyReport(ours.estimates);
      goals.push(p5Check(accuracy.printedHit));
      onAccuracy(accuracy);
    }
  }
  return { name: scenario.name, variant, reps: o.reps, msPerDay: res.msPerDay, rows, goals };
}

export async function runPolicySuite(o: BenchOptions, log: (line: string) => void): Promise<SuiteReport> {
  const t0 = performance.now();
  const erlang: ErlangCheckRow[] = [];
  for (const rho of ERLANG_LOADS) {
    log(`Erlang C check, rho ${rho} (${o.reps} engine days, ${o.referenceReps} recursion days)…`);
    erlang.push(
      await erlangCheck(rho, {
        servers: ERLANG_SERVERS,
        meanServiceMin: ERLANG_SERVICE_MIN,
        hours: ERLANG_DAY_HOURS,
        engineReps: o.reps,
        agreementReps: o.agreementReps,
        referenceReps: o.referenceReps,
        seed: o.seed,
        workers: o.workers,
      }),
    );
  }
  log('per-hour stationary formulas vs the simulated day…');
  const hourly = await hourlyStationaryCheck(HOURLY_SERVERS, o.reps, o.seed, o.workers);
  let accuracy: AccuracyReport | null = null;
  const scenarios: ScenarioReport[] = [];
  for (const s of SCENARIOS) {
    log(`${referenceDay(s.variant).name} (${o.reps} replications)…`);
    scenarios.push(await runScenario(s.variant, s.main, o, (a) => (accuracy = a)));
  }
  log(
    `P5 oracle: ${o.oracleDays} reference days, ${o.oracleReplays} replays of the rest of the day per long-waiting ticket…`,
  );
  const oracleDay = referenceDay({ counters: 7 });
  const samples = await runOracle(
    oracleDay,
    { seed: o.seed, replays: o.oracleReplays, minWaitMin: P5_MIN_WAIT },
    o.oracleDays,
    o.workers,
  );
  const oracle = oracleReport(samples, o.oracleDays, o.oracleReplays);
  return { options: o, erlang, hourly, scenarios, accuracy, oracle, wallMs: performance.now() - t0 };
}
