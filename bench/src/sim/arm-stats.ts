import type { DaySummary, Group } from './day-metrics.ts';
import { estimate, quantile, ratioEstimate, ratioOfPooled, sectioned, type Estimate } from './stats.ts';

/**
 * One policy's figures over the replications, and its ratios to a baseline policy run on
 * the same days (common random numbers make the paired ratios tight).
 */
export interface ArmStats {
  label: string;
  meanWait: Record<Group, Estimate>;
  personalP99: Estimate;
  /** Share of served customers who waited over 15 min. */
  over15: Estimate;
  /** Mean over days of the day's longest wait. */
  maxWait: Estimate;
}

export interface ArmRatios {
  meanWait: Record<Group, Estimate>;
  personalP99: Estimate;
}

const GROUPS: readonly Group[] = ['vip', 'business', 'personal', 'fast', 'all'];

function pooledP99(days: readonly DaySummary[]): number {
  return quantile(
    days.flatMap((d) => d.personalWaits),
    0.99,
  );
}

export function armStats(label: string, days: readonly DaySummary[]): ArmStats {
  const meanWait = Object.fromEntries(
    GROUPS.map((g) => [
      g,
      ratioEstimate(
        days.map((d) => d.waitSum[g]),
        days.map((d) => d.count[g]),
      ),
    ]),
  ) as Record<Group, Estimate>;
  return {
    label,
    meanWait,
    personalP99: sectioned(days, pooledP99),
    over15: ratioEstimate(
      days.map((d) => d.over15),
      days.map((d) => d.count.all),
    ),
    maxWait: estimate(days.map((d) => d.maxWait)),
  };
}

/** Ratios of `days` to `base` (paired by replication). */
export function armRatios(days: readonly DaySummary[], base: readonly DaySummary[]): ArmRatios {
  const meanWait = Object.fromEntries(
    GROUPS.map((g) => [
      g,
      ratioOfPooled(
        days.map((d) => d.waitSum[g]),
        days.map((d) => d.count[g]),
        base.map((d) => d.waitSum[g]),
        base.map((d) => d.count[g]),
      ),
    ]),
  ) as Record<Group, Estimate>;
  const paired = days.map((d, i) => ({ d, b: base[i]! }));
  return {
    meanWait,
    personalP99: sectioned(paired, (s) => pooledP99(s.map((p) => p.d)) / pooledP99(s.map((p) => p.b))),
  };
}
