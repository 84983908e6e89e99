import { describe, expect, it } from 'vitest';
import { simulateDay, waitOf } from './branch-day.ts';
import { drawDay } from './customers.ts';
import { summarizeDay } from './day-metrics.ts';
import { runChunk } from './experiment.ts';
import { fifoWaits } from './reference-queue.ts';
import { mmcScenario, referenceDay } from './reference-day.ts';

// Whole simulated days: generous time limits, since the machine is shared (no timing is asserted).
const DAY_TEST_MS = 120_000;

describe('branch day on the real engine', () => {
  it(
    'a few replications complete and conserve tickets: each is served, no-showed or closed',
    () => {
      const scenario = referenceDay({ counters: 6, noShowProb: 0.05 });
      for (const rep of [0, 1]) {
        const draw = drawDay(scenario, 42, rep);
        for (const dispatch of ['accumulated', 'fifo', 'strict', 'dedicated'] as const) {
          const run = simulateDay(scenario, draw, { dispatch, estimates: dispatch === 'accumulated' });
          const day = summarizeDay(run);
          expect(run.records).toHaveLength(draw.customers.length);
          expect(run.finalState.tickets.size).toBe(draw.customers.length);
          expect(day.served + day.noShow + day.closed).toBe(day.issued);
          // Everyone arrives before 17:00 and tellers stay until the hall is empty.
          expect(day.closed).toBe(0);
          // No-shows are the customers drawn absent, whatever the policy.
          expect(day.noShow).toBe(draw.customers.filter((c) => c.noShow).length);
          for (const t of run.finalState.tickets.values()) expect(['done', 'no_show']).toContain(t.status);
        }
      }
    },
    DAY_TEST_MS,
  );

  it(
    'records the printed estimate at issue for the estimator accuracy',
    () => {
      const scenario = referenceDay({ counters: 7 });
      const run = simulateDay(scenario, drawDay(scenario, 3, 0), { dispatch: 'accumulated', estimates: true });
      const printed = run.records.filter((r) => r.printedLowMin !== null);
      expect(printed.length).toBeGreaterThan(run.records.length * 0.9);
      for (const r of printed) expect(r.printedHighMin!).toBeGreaterThan(r.printedLowMin!);
    },
    DAY_TEST_MS,
  );

  it(
    'under FIFO the engine agrees customer by customer with an independent c-server recursion',
    () => {
      const scenario = mmcScenario(3, 0.85, 4, 2);
      for (const rep of [0, 1, 2]) {
        const draw = drawDay(scenario, 9, rep);
        const expected = fifoWaits(draw.customers, 3);
        const run = simulateDay(scenario, draw, { dispatch: 'fifo' });
        for (const r of run.records) expect(waitOf(r)).toBeCloseTo(expected[r.customer.index]!, 9);
      }
    },
    DAY_TEST_MS,
  );

  it(
    'uses common random numbers: every policy meets the same customers on a replication',
    () => {
      const scenario = referenceDay({ counters: 7 });
      const chunk = runChunk(
        {
          scenario,
          seed: 5,
          reps: 2,
          arms: [
            { label: 'fifo', dispatch: 'fifo' },
            { label: 'ours', dispatch: 'accumulated' },
          ],
        },
        0,
        2,
      );
      const [fifo, ours] = chunk.arms;
      expect(fifo!.days.map((d) => [d.arrivals, d.workMin])).toEqual(ours!.days.map((d) => [d.arrivals, d.workMin]));
      expect(drawDay(scenario, 5, 1)).toEqual(drawDay(scenario, 5, 1));
    },
    DAY_TEST_MS,
  );
});
