import type { PolicyArm } from '../sim/experiment.ts';

/**
 * The policies compared, all as dispatch modes of the same engine. `accumulated` runs with
 * the shipped demo configuration (lane weights, head starts, primary-lane bonus, max waits).
 */
export const FIFO: PolicyArm = { label: 'one-pool FIFO', dispatch: 'fifo' };
export const STRICT: PolicyArm = { label: 'strict priority', dispatch: 'strict' };
export const DEDICATED: PolicyArm = { label: 'dedicated lanes', dispatch: 'dedicated' };
export const ACCUMULATED: PolicyArm = { label: 'accumulated (ours)', dispatch: 'accumulated' };

/** Full comparison; the printed estimate is recorded on our policy only (what the kiosk prints). */
export function mainArms(withEstimates: boolean): PolicyArm[] {
  return [FIFO, STRICT, DEDICATED, { ...ACCUMULATED, estimates: withEstimates }];
}

/** Robustness runs (heavier day, no-shows) check our policy against one-pool FIFO only. */
export function stressArms(): PolicyArm[] {
  return [FIFO, ACCUMULATED];
}
