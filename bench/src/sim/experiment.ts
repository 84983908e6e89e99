import type { DispatchPolicyName } from '../../../server/src/engine/index.ts';
import { simulateDay } from './branch-day.ts';
import { drawDay } from './customers.ts';
import { summarizeDay, type DaySummary } from './day-metrics.ts';
import type { Scenario } from './scenario.ts';
import type { PolicyTuning } from './sim-config.ts';

/**
 * An experiment: one scenario, several policies, the same replications for each (common
 * random numbers: replication r of every policy meets the same customers).
 */
export interface PolicyArm {
  label: string;
  dispatch: DispatchPolicyName;
  tuning?: PolicyTuning;
  /** Any counter serves any lane (one true pool); with `fifo`, the single-pool FIFO baseline. */
  pooled?: boolean;
}

/** The scenario with every counter serving every lane (its own lanes first). */
export function pooledScenario(scenario: Scenario): Scenario {
  const all = scenario.lanes.map((l) => l.id);
  return {
    ...scenario,
    counters: scenario.counters.map((c) => ({
      ...c,
      laneIds: [...c.laneIds, ...all.filter((id) => !c.laneIds.includes(id))],
    })),
  };
}

export interface ExperimentSpec {
  scenario: Scenario;
  arms: PolicyArm[];
  seed: number;
  reps: number;
}

export interface ArmResult {
  label: string;
  /** Indexed by replication. */
  days: DaySummary[];
}

export interface ChunkResult {
  from: number;
  arms: ArmResult[];
  engineMs: number;
  days: number;
}

/** Replications [from, to) of every arm, in this thread. */
export function runChunk(spec: ExperimentSpec, from: number, to: number): ChunkResult {
  const arms: ArmResult[] = spec.arms.map((a) => ({ label: a.label, days: [] }));
  const t0 = performance.now();
  for (let rep = from; rep < to; rep++) {
    const draw = drawDay(spec.scenario, spec.seed, rep);
    spec.arms.forEach((arm, i) => {
      const run = simulateDay(arm.pooled ? pooledScenario(spec.scenario) : spec.scenario, draw, {
        dispatch: arm.dispatch,
        tuning: arm.tuning,
      });
      arms[i]!.days.push(summarizeDay(run));
    });
  }
  return { from, arms, engineMs: performance.now() - t0, days: (to - from) * spec.arms.length };
}

export interface ExperimentResult {
  spec: ExperimentSpec;
  arms: ArmResult[];
  /** Wall-clock cost of one simulated day (one arm, one replication), ms. */
  msPerDay: number;
}

/** Put chunk results back in replication order. */
export function mergeChunks(spec: ExperimentSpec, chunks: ChunkResult[]): ExperimentResult {
  const sorted = [...chunks].sort((a, b) => a.from - b.from);
  const arms: ArmResult[] = spec.arms.map((a, i) => ({
    label: a.label,
    days: sorted.flatMap((c) => c.arms[i]?.days ?? []),
  }));
  const ms = chunks.reduce((s, c) => s + c.engineMs, 0);
  const days = chunks.reduce((s, c) => s + c.days, 0);
  return { spec, arms, msPerDay: days ? ms / days : NaN };
}
