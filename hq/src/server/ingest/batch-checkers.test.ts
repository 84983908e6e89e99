import { GENESIS_HASH } from '@lobby/shared';
import { chainHash } from '@lobby/shared/chain-hash';
import { describe, expect, it } from 'vitest';
import { FactChain } from '../testing/fact-chain.ts';
import { queueFact, servedTicketFacts, T0, ticketFact } from '../testing/fact-bodies.ts';
import { BatchCheckers } from './batch-checkers.ts';
import { checkBatch } from './check-batch.ts';

function chainOf(n: number): FactChain {
  const chain = new FactChain('b1');
  for (let i = 0; i < n; i++)
    for (const f of servedTicketFacts(`t${i}`, `A${100 + i}`, T0 + i * 60_000, 2, 3)) chain.add(f);
  // Besides queue facts, the other kinds (the worker's verdict, the bodies parsed here: they must agree).
  chain.add({
    kind: 'profile',
    at: T0,
    profile: {
      branchId: 'b1',
      name: { zh: '一号网点', en: 'Branch \\ "one"' },
      timeZone: 'Asia/Shanghai',
      configVersion: 1,
      catalogueVersion: null,
      lanes: [],
      businessTypes: [],
      counters: [],
    },
  });
  chain.add({
    kind: 'alert',
    at: T0,
    alert: { id: 'a1', action: 'raised', kind: 'counter_offline', laneId: null, counterId: 'C1' },
  });
  return chain;
}

describe('batch checks on a worker thread', () => {
  it('answers what the calling thread would, for good batches and for every kind of refusal', async () => {
    const good = chainOf(5).batch(1, 22).facts;
    // The same facts in other words (a space more): the text the hash covers changed.
    const tampered = good.map((f, i) => (i === 3 ? { ...f, body: f.body.replace('"at":', '"at": ') } : f));
    const skipped = good.filter((_, i) => i !== 2);
    // Consistent chains whose bodies are refused: a field nobody listed, and text that is not JSON.
    const stranger = new FactChain('b1');
    stranger.add({ ...queueFact('ticket:issued', T0, [ticketFact({ id: 'x' })]), phone: '13800000000' } as never);
    const notJson = [{ seq: 1, prevHash: GENESIS_HASH, hash: chainHash(GENESIS_HASH, '{"kind":'), body: '{"kind":' }];
    const workers = new BatchCheckers({ workers: 1 });
    try {
      for (const [name, facts] of Object.entries({ good, tampered, skipped, stranger: stranger.facts, notJson }))
        expect(await workers.check(facts), name).toEqual(checkBatch(facts));
      expect(await workers.check(good)).toMatchObject({ ok: true, bodies: { length: 22 } });
      expect(await workers.check(tampered)).toEqual({ ok: false, message: 'fact 4: hash does not match its body' });
      expect(await workers.check(skipped)).toEqual({
        ok: false,
        message: 'fact 4: does not follow fact 2 in the batch',
      });
      expect(await workers.check(stranger.facts)).toMatchObject({
        ok: false,
        message: expect.stringContaining('phone'),
      });
      expect(await workers.check(notJson)).toEqual({ ok: false, message: 'fact 1: body is not JSON' });
    } finally {
      await workers.close();
    }
  });

  it('a worker that dies fails only the checks it held; the next check gets a new worker', async () => {
    const workers = new BatchCheckers({ workers: 1 });
    try {
      // Not an array: checkBatch throws inside the worker, an uncaught error ends the thread.
      await expect(workers.check(42 as never)).rejects.toThrow();
      expect(await workers.check(chainOf(1).batch(1, 4).facts)).toMatchObject({ ok: true });
    } finally {
      await workers.close();
    }
  });

  it('warm() starts every thread before the first batch, and a dead one again', async () => {
    const workers = new BatchCheckers({ workers: 2 });
    try {
      expect(workers.running()).toBe(0);
      await workers.warm();
      expect(workers.running()).toBe(2);
      await expect(workers.check(42 as never)).rejects.toThrow();
      expect(workers.running()).toBe(1);
      await workers.warm();
      expect(workers.running()).toBe(2);
      expect(await workers.check(chainOf(1).batch(1, 4).facts)).toMatchObject({ ok: true });
    } finally {
      await workers.close();
    }
  });

  it('with no workers, checks on the calling thread', async () => {
    const workers = new BatchCheckers({ workers: 0 });
    expect(await workers.check(chainOf(2).batch(1, 8).facts)).toMatchObject({ ok: true, bodies: { length: 8 } });
    await workers.close();
  });
});
