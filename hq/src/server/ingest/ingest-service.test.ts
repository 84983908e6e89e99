import { GENESIS_HASH } from '@lobby/shared';
import { chainHash } from '@lobby/shared/chain-hash';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BranchStore } from '../branches/branch-store.ts';
import { CatalogueStore } from '../catalogue/catalogue-store.ts';
import { createPool } from '../db/pool.ts';
import { recomputeRollups, rollupDifferences, storedRollups } from '../rollups/recompute.ts';
import { FactChain } from '../testing/fact-chain.ts';
import { MIN, queueFact, servedTicketFacts, T0, ticketFact } from '../testing/fact-bodies.ts';
import { createTestDatabase, describePg, type TestDatabase } from '../testing/test-database.ts';
import { IngestService } from './ingest-service.ts';

describePg('ingest: the hash chain, idempotency and rollups', () => {
  let db: TestDatabase;
  let ingest: IngestService;
  const logger = pino({ level: 'silent' });

  beforeAll(async () => {
    db = await createTestDatabase();
    const branches = new BranchStore(db.pool);
    await branches.upsertRegion({ id: 'east', nameZh: '华东', nameEn: 'East' });
    for (const id of ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'g1', 'g2', 'g3', 'g4'])
      await branches.register({ id, regionId: 'east', nameZh: id, nameEn: id }, T0);
    ingest = new IngestService(db.pool, db.partitions, () => T0 + 60 * MIN, logger);
  });
  afterAll(async () => {
    await ingest.close();
    await db.drop();
  });

  async function expectRollupsEqualRecompute(branchId: string) {
    const [stored, fresh] = await Promise.all([storedRollups(db.pool, branchId), recomputeRollups(db.pool, branchId)]);
    for (const table of ['rollup_hour', 'rollup_day', 'rollup_teller_day'] as const)
      expect(rollupDifferences(stored[table], fresh[table]), table).toEqual([]);
    return stored;
  }

  const count = async (branchId: string) =>
    Number((await db.pool.query('SELECT count(*) AS n FROM events WHERE branch_id = $1', [branchId])).rows[0].n);

  it('stores each fact once, whatever is delivered twice, and keeps rollups equal to a recomputation', async () => {
    const chain = new FactChain('b1');
    for (const f of servedTicketFacts('t1', 'A001', T0, 4, 6)) chain.add(f);
    chain.add(
      queueFact('ticket:issued', T0 + 2 * MIN, [ticketFact({ id: 't2', number: 'A002', issuedAt: T0 + 2 * MIN })]),
    );

    const first = await ingest.ingest('b1', chain.batch(1, 3));
    expect(first).toMatchObject({ ok: true, ack: { throughSeq: 3, accepted: 3, duplicates: 0, headSeq: 3 } });
    // The same batch again, then one overlapping it: only the new facts count.
    expect(await ingest.ingest('b1', chain.batch(1, 3))).toMatchObject({
      ok: true,
      ack: { throughSeq: 3, accepted: 0, duplicates: 3 },
    });
    expect(await ingest.ingest('b1', chain.batch(2, 6))).toMatchObject({
      ok: true,
      ack: { throughSeq: 6, accepted: 3, duplicates: 2 },
    });
    expect(await count('b1')).toBe(6);

    const stored = await expectRollupsEqualRecompute('b1');
    const day = stored.rollup_day.get('2026-11-24|A|deposit')!;
    expect(day.slice(0, 6)).toEqual([2, 1, 4 * MIN, 1, 0, 1]); // issued, waited, wait_ms, within target, no-show, served
    expect(stored.rollup_teller_day.get('2026-11-24|1001')?.[0]).toBe(1);
  });

  it('keeps each body as the branch sent it, so the stored events re-check against the hash chain', async () => {
    const chain = new FactChain('b7');
    for (const f of servedTicketFacts('t1', 'A001', T0, 2, 5)) chain.add(f);
    expect(await ingest.ingest('b7', chain.batch(1, chain.facts.length))).toMatchObject({ ok: true });
    const { rows } = await db.pool.query<{ seq: number; hash: string; body: string }>(
      "SELECT seq, replace(hash::text, '-', '') AS hash, body::text AS body FROM events WHERE branch_id = 'b7' ORDER BY epoch, seq",
    );
    expect(rows.map((r) => r.body)).toEqual(chain.facts.map((f) => f.body));
    let prev = GENESIS_HASH;
    for (const r of rows) {
      expect(chainHash(prev, r.body), `seq ${r.seq}`).toBe(r.hash);
      prev = r.hash;
    }
  });

  it('refuses a batch that does not connect, with the head to resume after', async () => {
    const chain = new FactChain('b2');
    for (const f of servedTicketFacts('t1', 'A001', T0, 3, 3)) chain.add(f);
    const outOfOrder = await ingest.ingest('b2', chain.batch(3, 5));
    expect(outOfOrder).toMatchObject({ ok: false, code: 'REPLICATION_GAP', head: { headSeq: 0 } });
    expect(await ingest.ingest('b2', chain.batch(1, 2))).toMatchObject({ ok: true, ack: { throughSeq: 2 } });
    expect(await ingest.ingest('b2', chain.batch(4, 5))).toMatchObject({ ok: false, head: { headSeq: 2 } });
    expect(await ingest.ingest('b2', chain.batch(3, 5))).toMatchObject({ ok: true, ack: { throughSeq: 5 } });
    expect(await count('b2')).toBe(5);
    await expectRollupsEqualRecompute('b2');
  });

  it('a branch restored from a backup: old seqs replayed are skipped, its new history is a new epoch, nothing counted twice', async () => {
    const chain = new FactChain('b3');
    for (const f of servedTicketFacts('t1', 'A001', T0, 2, 3)) chain.add(f); // seqs 1-5
    const t2 = ticketFact({ id: 't2', number: 'A002', issuedAt: T0 + 1 * MIN });
    chain.add(queueFact('ticket:issued', T0 + 1 * MIN, [t2])); // 6
    chain.add(
      queueFact('ticket:called', T0 + 9 * MIN, [
        { ...t2, status: 'called', calledAt: T0 + 9 * MIN, firstCalledAt: T0 + 9 * MIN },
      ]),
    ); // 7
    expect(await ingest.ingest('b3', chain.batch(1, 7))).toMatchObject({ ok: true });

    // Restored from the backup taken at seq 6: t2 is waiting again there and is then called later, at another counter.
    const restored = FactChain.restoredFrom(chain, 6);
    restored.add(
      queueFact('ticket:called', T0 + 12 * MIN, [
        { ...t2, status: 'called', calledAt: T0 + 12 * MIN, firstCalledAt: T0 + 12 * MIN, counterId: 'C2' },
      ]),
    );
    const replay = await ingest.ingest('b3', restored.batch(4, 7));
    expect(replay).toMatchObject({
      ok: true,
      ack: { epoch: 2, headSeq: 7, throughSeq: 7, accepted: 1, duplicates: 3 },
    });

    const epochs = await db.pool.query(
      "SELECT epoch, reason, fork_seq, previous_head FROM branch_epochs WHERE branch_id = 'b3' ORDER BY epoch",
    );
    expect(epochs.rows).toEqual([
      { epoch: 1, reason: 'start', fork_seq: 0, previous_head: 0 },
      { epoch: 2, reason: 'restored', fork_seq: 6, previous_head: 7 },
    ]);
    const stored = await expectRollupsEqualRecompute('b3');
    const day = stored.rollup_day.get('2026-11-24|A|deposit')!;
    expect(day[0]).toBe(2); // two tickets, not three
    expect(day[2]).toBe(2 * MIN + 11 * MIN); // t2 waited as the restored branch called it
  });

  it('a restored branch that issues a ticket id again over the old history counts it once', async () => {
    const chain = new FactChain('b8');
    for (const f of servedTicketFacts('t1', 'A001', T0, 2, 3)) chain.add(f); // seqs 1-5
    chain.add(queueFact('ticket:issued', T0 + MIN, [ticketFact({ id: 't2', number: 'A002', issuedAt: T0 + MIN })])); // 6
    expect(await ingest.ingest('b8', chain.batch(1, 6))).toMatchObject({ ok: true });

    // Restored from the backup taken at seq 5: t2 was never issued there, and is issued again
    // (same id, another business type). The stored t2 of the old epoch is moved, not kept beside it.
    const restored = FactChain.restoredFrom(chain, 5);
    restored.add(
      queueFact('ticket:issued', T0 + 3 * MIN, [
        ticketFact({ id: 't2', number: 'A002', issuedAt: T0 + 3 * MIN, businessTypeId: 'transfer' }),
      ]),
    );
    expect(await ingest.ingest('b8', restored.batch(6, 6))).toMatchObject({ ok: true, ack: { epoch: 2 } });
    const stored = await expectRollupsEqualRecompute('b8');
    expect(stored.rollup_day.get('2026-11-24|A|deposit')![0]).toBe(1);
    expect(stored.rollup_day.get('2026-11-24|A|transfer')![0]).toBe(1);
  });

  it('a sender with nothing older may make head office accept a gap, as a new epoch', async () => {
    const chain = new FactChain('b4');
    for (const f of servedTicketFacts('t1', 'A001', T0, 2, 3)) chain.add(f);
    expect(await ingest.ingest('b4', chain.batch(3, 5))).toMatchObject({ ok: false, code: 'REPLICATION_GAP' });
    expect(await ingest.ingest('b4', chain.batch(3, 5, true))).toMatchObject({
      ok: true,
      ack: { epoch: 2, throughSeq: 5 },
    });
    const gap = await db.pool.query("SELECT reason, fork_seq FROM branch_epochs WHERE branch_id = 'b4' AND epoch = 2");
    expect(gap.rows[0]).toEqual({ reason: 'gap', fork_seq: 2 });
    await expectRollupsEqualRecompute('b4');
  });

  it("dates a batch by the time zone of the profile it brings, and has that date's month partition made", async () => {
    // 2027-01-31 20:00 in Shanghai (the registered zone) is already 2027-02-01 on Kiritimati
    // (UTC+14); the test database has partitions through January 2027 only.
    const at = Date.parse('2027-01-31T12:00:00Z');
    const chain = new FactChain('b5');
    chain.add({
      kind: 'profile',
      at,
      profile: {
        branchId: 'b5',
        name: { zh: '圣诞岛', en: 'Kiritimati' },
        timeZone: 'Pacific/Kiritimati',
        configVersion: 1,
        catalogueVersion: null,
        lanes: [],
        businessTypes: [],
        counters: [],
      },
    });
    chain.add({
      kind: 'alert',
      at,
      alert: { id: 'a1', action: 'raised', kind: 'counter_offline', laneId: null, counterId: 'C1' },
    });
    expect(await ingest.ingest('b5', chain.batch(1, 2))).toMatchObject({ ok: true, ack: { throughSeq: 2 } });
    const dates = await db.pool.query(
      "SELECT DISTINCT business_date::text AS d FROM events WHERE branch_id = 'b5' ORDER BY 1",
    );
    expect(dates.rows).toEqual([{ d: '2027-02-01' }]);
  });

  it('acks with the newest catalogue version even when every pooled connection is ingesting', async () => {
    // One connection, held by the ingest transaction: the version must not need a second.
    const pool = createPool(db.url, 1);
    const lone = new IngestService(pool, db.partitions, () => T0, logger, {
      catalogueVersion: () => new CatalogueStore(pool).latestVersion(),
    });
    try {
      const chain = new FactChain('b6');
      chain.add(queueFact('ticket:issued', T0, [ticketFact({ id: 'x6' })]));
      expect(await lone.ingest('b6', chain.batch(1, 1))).toMatchObject({
        ok: true,
        ack: { throughSeq: 1, catalogueVersion: null },
      });
    } finally {
      await lone.close();
      await pool.end();
    }
  });

  it('batches arriving together share one transaction, each branch gets its own outcome, rollups stay exact', async () => {
    const pool = createPool(db.url, 4);
    // Counts the connections taken: one per transaction (the pool's own queries pass a callback).
    let transactions = 0;
    const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
    pool.connect = ((...args: unknown[]) => {
      if (args.length === 0) transactions++;
      return connect(...args);
    }) as typeof pool.connect;
    const grouped = new IngestService(pool, db.partitions, () => T0 + 60 * MIN, logger, {
      groupCommit: { maxInFlight: 1, maxGroup: 64 },
    });
    try {
      const chains = ['g1', 'g2', 'g3', 'g4'].map((id) => {
        const chain = new FactChain(id);
        // A name JSON escapes (a backslash, quotes): COPY's text format must double the backslashes.
        chain.add({
          kind: 'profile',
          at: T0,
          profile: {
            branchId: id,
            name: { zh: `网点“${id}”`, en: `Branch \\ "${id}"` },
            timeZone: 'Asia/Shanghai',
            configVersion: 1,
            catalogueVersion: null,
            lanes: [],
            businessTypes: [],
            counters: [],
          },
        });
        for (const f of servedTicketFacts(`${id}-t1`, 'A001', T0, 3, 4)) chain.add(f);
        return chain;
      });
      const [g1, g2, g3, g4] = chains as [FactChain, FactChain, FactChain, FactChain];
      // Each branch's profile first, alone (and its time zone known: nothing below waits on I/O
      // before it reaches the group commit, so all five batches arrive while the first runs).
      for (const chain of chains)
        expect(await grouped.ingest(chain.branchId, chain.batch(1, 1))).toMatchObject({ ok: true });
      transactions = 0;
      const outcomes = await Promise.all([
        grouped.ingest('g1', g1.batch(2, 3)),
        grouped.ingest('g1', g1.batch(4, 6)), // the same branch again: the next group
        grouped.ingest('g2', g2.batch(5, 6)), // does not connect
        grouped.ingest('g3', g3.batch(2, 6)),
        grouped.ingest('g4', g4.batch(2, 6)),
      ]);
      expect(outcomes).toMatchObject([
        { ok: true, ack: { throughSeq: 3, accepted: 2 } },
        { ok: true, ack: { throughSeq: 6, accepted: 3 } },
        { ok: false, code: 'REPLICATION_GAP', head: { headSeq: 1 } },
        { ok: true, ack: { throughSeq: 6, accepted: 5 } },
        { ok: true, ack: { throughSeq: 6, accepted: 5 } },
      ]);
      // The first alone, then g1's second batch with g2, g3 and g4: one transaction.
      expect(transactions).toBe(2);
      for (const id of ['g1', 'g3', 'g4']) {
        expect(await count(id)).toBe(6);
        await expectRollupsEqualRecompute(id);
      }
      expect(await count('g2')).toBe(1);
      const stored = await db.pool.query<{ body: string }>(
        "SELECT body::text AS body FROM events WHERE branch_id = 'g3' AND seq = 1",
      );
      expect(JSON.parse(stored.rows[0]!.body)).toEqual(JSON.parse(g3.facts[0]!.body));
    } finally {
      await grouped.close();
      await pool.end();
    }
  });

  it('refuses a fact whose hash does not match its body, or with a field that must never leave a branch', async () => {
    const chain = new FactChain('b1');
    const f = chain.add(queueFact('ticket:issued', T0, [ticketFact({ id: 'x' })]));
    const tampered = { ...chain.batch(1, 1), facts: [{ ...f, body: f.body.replace('A001', 'A999') }] };
    expect(await ingest.ingest('b1', tampered)).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    const leaky = new FactChain('b1');
    const body = queueFact('ticket:issued', T0, [{ ...ticketFact({ id: 'y' }), phone: '13800000000' } as never]);
    leaky.add(body);
    const res = await ingest.ingest('b1', leaky.batch(1, 1));
    expect(res).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    expect(await ingest.ingest('b2', chain.batch(1, 1))).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
  });
});
