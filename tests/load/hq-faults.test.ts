import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { HqIngestBatch } from '@lobby/shared';
import { FaultProxy } from '../../bench/src/common/fault-proxy.ts';
import { freePort } from '../../bench/src/common/child-server.ts';
import { BranchStore } from '../../hq/src/server/branches/branch-store.ts';
import { recomputeRollups, rollupDifferences, storedRollups } from '../../hq/src/server/rollups/recompute.ts';
import { createTestDatabase, describePg, type TestDatabase } from '../../hq/src/server/testing/test-database.ts';
import { selfSignedCertificate, type TlsFiles } from '../../hq/src/server/tls/self-signed.ts';
import { HqClient } from '../../server/src/features/replication/hq-client.ts';
import { OutboxStore } from '../../server/src/store/replication-outbox-store.ts';
import { REPLICATION_DEFAULTS } from '../../server/src/features/replication/replication-settings.ts';
import { startHqChild, type HqChild } from '../../bench/src/common/hq-child.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';

/**
 * Replication under faults, with the real head office as a child process and a real branch:
 * head office SIGKILLed mid-ingest and restarted; the link cut for an hour of branch traffic
 * (the branch's virtual clock); every batch delivered again, twice and shuffled, beside the
 * real sender. Head office must end with exactly the branch's facts, each once, and rollups
 * equal to a recomputation from its raw events. HQ_FAULT_MINUTES sets the hour (CI: 60).
 */
const MIN = 60_000;
const OFFLINE_MINUTES = Number(process.env.HQ_FAULT_MINUTES ?? 60);
const BRANCH = 'fault-1';

let db: TestDatabase;
let tlsDir: string;
let tls: TlsFiles;
let hqPort: number;
let hq: HqChild | null = null;
let proxy: FaultProxy;
let branch: TestServer;
let key: string;
let kiosk: LobbySocket;
let tellers: { socket: LobbySocket; counterId: string; serving: boolean }[] = [];

const startHq = async () => {
  hq = await startHqChild({
    DATABASE_URL: db.url,
    PORT: hqPort,
    HQ_TLS_KEY_FILE: tls.keyFile,
    HQ_TLS_CERT_FILE: tls.certFile,
  });
};

/** `minutes` of branch traffic on its virtual clock: two arrivals a minute, tellers calling and finishing. */
async function traffic(minutes: number): Promise<void> {
  for (let m = 0; m < minutes; m++) {
    for (let i = 0; i < 2; i++) await branch.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });
    for (const t of tellers) {
      if (t.serving) {
        await branch.command(t.socket, 'ticket:finish', {
          counterId: t.counterId,
          outcome: 'served',
          servedBusinessTypeIds: ['cash'],
        });
        t.serving = false;
      }
      if ((await branch.command(t.socket, 'counter:callNext', { counterId: t.counterId })).ok) {
        t.serving = (await branch.command(t.socket, 'ticket:start', { counterId: t.counterId })).ok;
      }
    }
    branch.clock.advance(MIN);
  }
}

const hqHead = async () =>
  Number(
    (await db.pool.query('SELECT head_seq FROM branch_replication WHERE branch_id = $1', [BRANCH])).rows[0].head_seq,
  );
const branchHead = () => new OutboxStore(branch.app.ctx.db).state().headSeq;

describePg('replication faults', () => {
  beforeAll(async () => {
    db = await createTestDatabase();
    tlsDir = mkdtempSync(join(tmpdir(), 'hq-fault-tls-'));
    tls = selfSignedCertificate(tlsDir);
    const branches = new BranchStore(db.pool);
    await branches.upsertRegion({ id: 'east', nameZh: '华东区', nameEn: 'East' });
    key = await branches.register(
      { id: BRANCH, regionId: 'east', nameZh: '故障测试支行', nameEn: 'Fault branch' },
      Date.now(),
    );
    hqPort = await freePort();
    await startHq();
    proxy = new FaultProxy(hqPort);
    const proxyPort = await proxy.listen();
    branch = await startTestServer({
      config: (c) => ({ ...c, branch: { ...c.branch, id: BRANCH } }),
      deps: {
        replication: {
          ...REPLICATION_DEFAULTS,
          url: new URL(`https://127.0.0.1:${proxyPort}`),
          key,
          ca: tls.cert,
          outboxMaxBytes: 64 * 1024 * 1024,
          // Small batches, so head office dies between some and inside another.
          batchFacts: 40,
          backoffMinMs: 50,
          backoffMaxMs: 400,
          heartbeatMs: 1000,
        },
      },
    });
    kiosk = await branch.connect(branch.deviceToken('kiosk'));
    tellers = [];
    for (const [i, counterId] of ['c2', 'c3', 'c4'].entries()) {
      const socket = await branch.connect(await branch.login(`teller${i + 1}`));
      expect((await branch.command(socket, 'counter:signOn', { counterId })).ok).toBe(true);
      tellers.push({ socket, counterId, serving: false });
    }
  });
  afterAll(async () => {
    await branch?.close();
    await proxy?.close();
    await hq?.kill();
    await db?.drop();
    if (tlsDir) rmSync(tlsDir, { recursive: true, force: true });
  });

  it('ends with exactly the branch facts, each once, and rollups equal to a recomputation', async () => {
    await traffic(10);
    await vi.waitFor(async () => expect(await hqHead()).toBe(branchHead()), { timeout: 30_000, interval: 100 });

    // The link is cut for an hour of branch traffic.
    proxy.paused = true;
    proxy.drop();
    await traffic(OFFLINE_MINUTES);
    const admin = await branch.login('admin');
    const complaint = await fetch(`${branch.url}/api/complaints`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        source: 'counter',
        category: 'waiting',
        severity: 'minor',
        summary: '排队太久',
        contactPhone: '13800000000',
      }),
    });
    expect(complaint.status).toBe(200);
    expect(await hqHead()).toBeLessThan(branchHead());

    // The link comes back; head office is killed while the backlog streams in, then restarted.
    const before = await hqHead();
    proxy.resume();
    await vi.waitFor(async () => expect(await hqHead()).toBeGreaterThan(before), { timeout: 30_000, interval: 5 });
    await hq!.kill();
    const atKill = await hqHead();
    expect(atKill).toBeLessThan(branchHead());
    await traffic(5);
    await startHq();

    // Meanwhile every batch is delivered again, twice, out of order, beside the real sender.
    const rows = new OutboxStore(branch.app.ctx.db).after(0, 100_000, Number.MAX_SAFE_INTEGER);
    const batches: HqIngestBatch[] = [];
    for (let i = 0; i < rows.length; i += 25) {
      const facts = rows.slice(i, i + 25).map(({ seq, prevHash, hash, body }) => ({ seq, prevHash, hash, body }));
      batches.push({
        branchId: BRANCH,
        sentAt: branch.clock.now(),
        facts,
        backlog: { pending: 0, unprojected: 0, oldestAt: null, bytes: 0 },
        acceptGap: false,
      });
    }
    const shuffled = [...batches, ...batches].sort(
      (a, b) => ((a.facts[0]!.seq * 7919 + b.facts.length) % 13) - ((b.facts[0]!.seq * 7919 + a.facts.length) % 13),
    );
    const chaos = new HqClient(new URL(`https://127.0.0.1:${hqPort}`), key, tls.cert);
    const answers = await Promise.all(shuffled.map((b) => chaos.post('/ingest', b)));
    chaos.close();
    expect(answers.every((a) => a.status === 200 || a.status === 409)).toBe(true);

    await traffic(3);
    await vi.waitFor(
      async () => {
        expect(await hqHead()).toBe(branchHead());
        expect(new OutboxStore(branch.app.ctx.db).backlog().pending).toBe(0);
      },
      { timeout: 60_000, interval: 200 },
    );

    // Exactly the branch's facts, each once, in its chain.
    const own = new OutboxStore(branch.app.ctx.db).after(0, 100_000, Number.MAX_SAFE_INTEGER);
    const held = await db.pool.query<{ seq: number; hash: string; epoch: number }>(
      "SELECT seq, replace(hash::text, '-', '') AS hash, epoch FROM events WHERE branch_id = $1 ORDER BY seq",
      [BRANCH],
    );
    expect(held.rows.map((r) => `${r.seq}:${r.hash}`)).toEqual(own.map((r) => `${r.seq}:${r.hash}`));
    expect(new Set(held.rows.map((r) => r.epoch))).toEqual(new Set([1]));
    // Every event-log row of the branch arrived as one queue fact.
    const eventSeqs = await db.pool.query<{ n: number; distinct_n: number }>(
      "SELECT count(*)::int AS n, count(DISTINCT (body->>'eventSeq'))::int AS distinct_n FROM events WHERE branch_id = $1 AND kind = 'queue'",
      [BRANCH],
    );
    expect(eventSeqs.rows[0]).toEqual({
      n: branch.app.ctx.store.eventLog.lastSeq(),
      distinct_n: branch.app.ctx.store.eventLog.lastSeq(),
    });
    // The tickets head office holds are the branch's, in the same states.
    const tickets = await db.pool.query<{ ticket_id: string; status: string }>(
      'SELECT ticket_id, status FROM tickets WHERE branch_id = $1',
      [BRANCH],
    );
    const branchTickets = branch.app.ctx.db.prepare('SELECT id, status FROM tickets').all() as {
      id: string;
      status: string;
    }[];
    expect(new Map(tickets.rows.map((t) => [t.ticket_id, t.status]))).toEqual(
      new Map(branchTickets.map((t) => [t.id, t.status])),
    );
    const complaints = await db.pool.query('SELECT count(*)::int AS n FROM complaints WHERE branch_id = $1', [BRANCH]);
    expect(complaints.rows[0].n).toBe(1);
    // And the rollups are what a recomputation from the raw events gives.
    const [stored, fresh] = await Promise.all([storedRollups(db.pool, BRANCH), recomputeRollups(db.pool, BRANCH)]);
    for (const table of ['rollup_hour', 'rollup_day', 'rollup_teller_day'] as const)
      expect(rollupDifferences(stored[table], fresh[table]), table).toEqual([]);
    const issued = [...stored.rollup_day.values()].reduce((a, v) => a + v[0]!, 0);
    expect(issued).toBe(branchTickets.length);
  });
});
