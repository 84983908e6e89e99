import type { Ack } from '@lobby/shared';
import { BENCH_ISSUES } from './transition-load-spec.ts';

/** A teller's step in the closed loop. */
export type TellerStep = 'callNext' | 'start' | 'finish';

export interface TransitionLoopResult {
  transitions: number;
  elapsedSec: number;
  issueRefusals: Record<string, number>;
}

/**
 * The P2 workload, whatever carries the commands (sockets in the worker, QueueService in
 * the write-path round): kiosks issue BENCH_ISSUES in turn, and each teller calls, starts
 * and finishes, every one waiting for its ack before the next command (closed loop).
 * Counts the acknowledged transitions and the issue refusals by code.
 */
export async function runTransitionLoops(opts: {
  seconds: number;
  kiosks: number;
  tellers: number;
  issue: (kiosk: number, what: (typeof BENCH_ISSUES)[number]) => Promise<Ack<unknown>>;
  teller: (teller: number, step: TellerStep) => Promise<Ack<unknown>>;
}): Promise<TransitionLoopResult> {
  let transitions = 0;
  const issueRefusals: Record<string, number> = {};
  const count = (ack: Ack<unknown>) => {
    if (ack.ok) transitions++;
    return ack.ok;
  };
  const started = performance.now();
  const end = started + opts.seconds * 1000;
  let issued = 0;
  const kioskLoop = async (kiosk: number) => {
    while (performance.now() < end) {
      const ack = await opts.issue(kiosk, BENCH_ISSUES[issued++ % BENCH_ISSUES.length]!);
      if (!count(ack)) issueRefusals[ack.code] = (issueRefusals[ack.code] ?? 0) + 1;
    }
  };
  const tellerLoop = async (teller: number) => {
    while (performance.now() < end) {
      if (!count(await opts.teller(teller, 'callNext'))) {
        await new Promise((r) => setTimeout(r, 5));
        continue;
      }
      count(await opts.teller(teller, 'start'));
      count(await opts.teller(teller, 'finish'));
    }
  };
  await Promise.all([
    ...Array.from({ length: opts.kiosks }, (_, k) => kioskLoop(k)),
    ...Array.from({ length: opts.tellers }, (_, t) => tellerLoop(t)),
  ]);
  return { transitions, elapsedSec: (performance.now() - started) / 1000, issueRefusals };
}
