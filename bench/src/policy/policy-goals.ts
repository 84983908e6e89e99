import type { ArmRatios } from '../sim/arm-stats.ts';
import type { Estimate } from '../sim/stats.ts';

/**
 * The goals of docs/performance.md, as checks: a goal passes when its point estimate meets the
 * limit; the 95 % interval is printed beside it, so a sceptic sees how close it is.
 */
export interface GoalCheck {
  id: 'P3' | 'P4' | 'P5' | 'P6';
  what: string;
  value: Estimate;
  /** e.g. "≤ 0.40", "≥ 85 % or within 2 points of the bound". */
  goal: string;
  pass: boolean;
  /** Shown as a percentage. */
  percent?: boolean;
}

export function atMost(id: GoalCheck['id'], what: string, value: Estimate, limit: number): GoalCheck {
  return { id, what, value, goal: `≤ ${limit}`, pass: value.mean <= limit };
}

/** P3: VIP mean ÷ lane-restricted FIFO ≤ 0.40, personal p99 ÷ FIFO ≤ 1.25. */
export function p3Checks(vsFifo: ArmRatios): GoalCheck[] {
  return [
    atMost('P3', 'VIP mean ÷ FIFO', vsFifo.meanWait.vip, 0.4),
    atMost('P3', 'personal p99 ÷ FIFO', vsFifo.personalP99, 1.25),
  ];
}

/** P4: all-customer mean ≤ 1.05 × lane-restricted FIFO (÷ dedicated lanes is reported only). */
export function p4Check(vsFifo: ArmRatios): GoalCheck {
  return atMost('P4', 'all mean ÷ FIFO', vsFifo.meanWait.all, 1.05);
}
