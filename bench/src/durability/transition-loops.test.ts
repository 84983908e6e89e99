import { expect, test } from 'vitest';
import type { Ack } from '@lobby/shared';
import { P2_WAITING, runTransitionLoops, type TellerStep } from './transition-loops.ts';

/**
 * A stand-in branch: tickets wait in one line, and a teller's acks take a few turns of the
 * event loop while a kiosk's come at once — the idle-machine shape in which the old loop's
 * kiosks out-ran the tellers without bound (and the real server's lane A ran out of numbers).
 */
function fakeBranch() {
  const line: string[] = [];
  let maxLine = 0;
  const later = <T>(value: T, turns: number): Promise<T> =>
    new Promise((done) => {
      const step = (left: number) => (left === 0 ? done(value) : setImmediate(() => step(left - 1)));
      step(turns);
    });
  return {
    maxLine: () => maxLine,
    issue: async (_: number, what: { laneId: string }): Promise<Ack<unknown>> => {
      line.push(what.laneId);
      maxLine = Math.max(maxLine, line.length);
      return { ok: true, data: null };
    },
    teller: async (_: number, step: TellerStep): Promise<Ack<unknown>> => {
      if (step === 'callNext' && line.shift() === undefined)
        return later({ ok: false, code: 'QUEUE_EMPTY' } as Ack<unknown>, 1);
      return later({ ok: true, data: null }, 20);
    },
  };
}

test('the kiosks hold the waiting line near P2_WAITING, however fast they are', async () => {
  const branch = fakeBranch();
  const result = await runTransitionLoops({
    seconds: 0.3,
    kiosks: 2,
    tellers: 7,
    issue: branch.issue,
    teller: branch.teller,
  });
  // The line the branch saw never exceeded the limit, and the kiosks did fill it.
  expect(branch.maxLine()).toBeLessThanOrEqual(P2_WAITING);
  expect(result.maxWaiting).toBe(branch.maxLine());
  expect(result.maxWaiting).toBeGreaterThanOrEqual(P2_WAITING - 2);
  expect(result.transitions).toBeGreaterThan(0);
});

test('paced, the commands are due one every 1/rate, whichever loop sends them, and none goes before it is due', async () => {
  const branch = fakeBranch();
  const sends: { dueAt: number; sentAt: number }[] = [];
  const seen =
    <A extends unknown[]>(f: (...a: A) => Promise<Ack<unknown>>) =>
    (...args: [...A, number]) => {
      sends.push({ dueAt: args.at(-1) as number, sentAt: performance.now() });
      return f(...(args.slice(0, -1) as unknown as A));
    };
  const result = await runTransitionLoops({
    seconds: 0.3,
    kiosks: 2,
    tellers: 3,
    ratePerSec: 200,
    issue: seen(branch.issue),
    teller: seen(branch.teller),
  });
  const dues = sends.map((s) => s.dueAt).sort((a, b) => a - b);
  expect(dues.length).toBeGreaterThan(10);
  for (let i = 1; i < dues.length; i++) expect(dues[i]! - dues[i - 1]!).toBeCloseTo(5, 6);
  for (const s of sends) expect(s.sentAt).toBeGreaterThanOrEqual(s.dueAt);
  expect(result.transitions).toBeLessThanOrEqual(dues.length);
});
