import type { ArmRatios } from '../sim/arm-stats.ts';
import type { Estimate } from '../sim/stats.ts';
import { P5_GOAL } from '../sim/estimator-accuracy.ts';

/**
 * Goals P3, P4 and P5 of performance.md, checked on our policy (paired ratios; P5 a hit share). A goal passes
 * when the point estimate meets the limit; the interval is shown next to it.
 */
export interface GoalCheck {
  id: 'P3' | 'P4' | 'P5';
  what: string;
  value: Estimate;
  limit: number;
  pass: boolean;
}

function check(id: GoalCheck['id'], what: string, value: Estimate, limit: number): GoalCheck {
  return { id, what, value, limit, pass: value.mean <= limit };
}

/** P5, 7-counter days: the printed estimate within ±(25 % + 2 min) for ≥ 85 % of tickets that waited > 5 min. */
export function p5Check(printedHit: Estimate): GoalCheck {
  return {
    id: 'P5',
    what: 'printed estimate hit share',
    value: printedHit,
    limit: P5_GOAL,
    pass: printedHit.mean >= P5_GOAL,
  };
}

/** P3, 6-counter (lunch overload) days: VIP mean ÷ FIFO ≤ 0.40, personal p99 ÷ FIFO ≤ 1.25. */
export function p3Checks(vsFifo: ArmRatios): GoalCheck[] {
  return [
    check('P3', 'VIP mean ÷ FIFO', vsFifo.meanWait.vip, 0.4),
    check('P3', 'personal p99 ÷ FIFO', vsFifo.personalP99, 1.25),
  ];
}

/** P4, 7-counter days: all-customer mean ÷ FIFO ≤ 1.10 and ÷ dedicated lanes ≤ 0.33. */
export function p4Checks(vsFifo: ArmRatios, vsDedicated: ArmRatios | null): GoalCheck[] {
  const checks = [check('P4', 'all mean ÷ FIFO', vsFifo.meanWait.all, 1.1)];
  if (vsDedicated) checks.push(check('P4', 'all mean ÷ dedicated', vsDedicated.meanWait.all, 0.33));
  return checks;
}
