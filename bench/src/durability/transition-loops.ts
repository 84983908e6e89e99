import type { Ack } from '@lobby/shared';
import { BENCH_ISSUES } from './transition-load-spec.ts';

/** A teller's step in the closed loop. */
export type TellerStep = 'callNext' | 'start' | 'finish';

/**
 * The tickets P2 keeps waiting: its goal is "≥ 1,000 transitions/s with ~50 tickets waiting".
 * The kiosks issue only while fewer than this many wait; unbounded, an idle machine's kiosks
 * out-ran the tellers and ran lane A out of numbers (LANE_CAP_REACHED) mid-round.
 */
export const P2_WAITING = 50;

export interface TransitionLoopResult {
  transitions: number;
  elapsedSec: number;
  issueRefusals: Record<string, number>;
  /** The most tickets waiting at any moment (issued and acknowledged, not yet called). */
  maxWaiting: number;
  /** Acknowledged transitions in each whole second of the round (is the rate sustained?). */
  perSecond: number[];
}

/**
 * The P2 workload, whatever carries the commands (sockets in the worker, QueueService in
 * the write-path round): kiosks issue BENCH_ISSUES in turn, and each teller calls, starts
 * and finishes, every one waiting for its ack before the next command (closed loop).
 * A kiosk issues only while fewer than `waiting` (P2_WAITING) tickets wait — counting the
 * issues in flight, so several kiosks cannot overshoot together — and otherwise waits for
 * a teller's call to free a place. Counts the acknowledged transitions and the issue
 * refusals by code.
 *
 * With `ratePerSec` the loops are paced (open loop): the k-th command of the round is due at
 * start + k / rate, whichever loop is free to send it, and waits for its time; a loop that is
 * behind sends at once. Each command is given the time it was due, so its latency is taken from
 * the schedule, not from a send that a slow ack delayed (no coordinated omission).
 */
export async function runTransitionLoops(opts: {
  seconds: number;
  kiosks: number;
  tellers: number;
  /** `dueAt`: when the command was due (performance.now() clock); the send time if unpaced. */
  issue: (kiosk: number, what: (typeof BENCH_ISSUES)[number], dueAt: number) => Promise<Ack<unknown>>;
  teller: (teller: number, step: TellerStep, dueAt: number) => Promise<Ack<unknown>>;
  waiting?: number;
  ratePerSec?: number;
}): Promise<TransitionLoopResult> {
  const limit = opts.waiting ?? P2_WAITING;
  let transitions = 0;
  const issueRefusals: Record<string, number> = {};
  const perSecond: number[] = [];
  const started = performance.now();
  const count = (ack: Ack<unknown>) => {
    if (ack.ok) {
      transitions++;
      const second = Math.floor((performance.now() - started) / 1000);
      if (second < opts.seconds) perSecond[second] = (perSecond[second] ?? 0) + 1;
    }
    return ack.ok;
  };
  const end = started + opts.seconds * 1000;
  let slots = 0;
  /** The time the next command is due, once it is (at once, unpaced). */
  const due = async (): Promise<number> => {
    if (opts.ratePerSec === undefined) return performance.now();
    const at = started + (slots++ * 1000) / opts.ratePerSec;
    // A timer may fire up to a millisecond before performance.now() says it is due.
    for (let wait = at - performance.now(); wait > 0; wait = at - performance.now())
      await new Promise((r) => setTimeout(r, Math.max(1, wait)));
    return at;
  };
  let issued = 0;
  // Waiting = acknowledged issues not yet called; pending = issues sent, not yet acknowledged.
  let waiting = 0;
  let pending = 0;
  let maxWaiting = 0;
  // Kiosks held at the limit, released one per successful call (or when the round ends).
  let held: (() => void)[] = [];
  let over = false;
  const release = (all: boolean) => {
    const go = all ? held : held.splice(0, 1);
    if (all) held = [];
    for (const resume of go) resume();
  };
  const endTimer = setTimeout(() => {
    over = true;
    release(true);
  }, opts.seconds * 1000);
  const kioskLoop = async (kiosk: number) => {
    while (!over && performance.now() < end) {
      if (waiting + pending >= limit) {
        await new Promise<void>((resume) => held.push(resume));
        continue;
      }
      pending++;
      const ack = await opts.issue(kiosk, BENCH_ISSUES[issued++ % BENCH_ISSUES.length]!, await due());
      pending--;
      if (count(ack)) maxWaiting = Math.max(maxWaiting, ++waiting);
      else {
        issueRefusals[ack.code] = (issueRefusals[ack.code] ?? 0) + 1;
        release(false);
      }
    }
  };
  const tellerLoop = async (teller: number) => {
    while (performance.now() < end) {
      if (!count(await opts.teller(teller, 'callNext', await due()))) {
        await new Promise((r) => setTimeout(r, 5));
        continue;
      }
      waiting--;
      release(false);
      count(await opts.teller(teller, 'start', await due()));
      count(await opts.teller(teller, 'finish', await due()));
    }
  };
  await Promise.all([
    ...Array.from({ length: opts.kiosks }, (_, k) => kioskLoop(k)),
    ...Array.from({ length: opts.tellers }, (_, t) => tellerLoop(t)),
  ]);
  clearTimeout(endTimer);
  return {
    transitions,
    elapsedSec: (performance.now() - started) / 1000,
    issueRefusals,
    maxWaiting,
    perSecond: Array.from({ length: Math.floor(opts.seconds) }, (_, i) => perSecond[i] ?? 0),
  };
}
