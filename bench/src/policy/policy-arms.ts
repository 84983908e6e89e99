import type { PolicyArm } from '../sim/experiment.ts';

/**
 * The policies compared, all as dispatch modes of the same engine. `accumulated` runs with
 * the shipped demo configuration (lane weights, head starts, primary-lane bonus, max waits).
 * "Lane-restricted FIFO" keeps each counter's lane list and calls the oldest ticket it may
 * serve: the baseline every ratio is taken against. "Single-pool FIFO" lets any counter
 * serve anyone, oldest first: reported, not a goal (no branch has counters that can do
 * everything).
 */
export const FIFO: PolicyArm = { label: 'lane-restricted FIFO', dispatch: 'fifo' };
export const POOLED_FIFO: PolicyArm = { label: 'single-pool FIFO', dispatch: 'fifo', pooled: true };
export const STRICT: PolicyArm = { label: 'strict priority', dispatch: 'strict' };
export const DEDICATED: PolicyArm = { label: 'dedicated lanes', dispatch: 'dedicated' };
export const ACCUMULATED: PolicyArm = { label: 'accumulated (ours)', dispatch: 'accumulated' };

/** Full comparison (the reference days). */
export function mainArms(): PolicyArm[] {
  return [FIFO, POOLED_FIFO, STRICT, DEDICATED, ACCUMULATED];
}

/** The P3 check days: our policy against both FIFOs. */
export function checkArms(): PolicyArm[] {
  return [FIFO, POOLED_FIFO, ACCUMULATED];
}
