import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import type { HqFactBody } from '@lobby/shared';
import { BranchStore } from '../../../hq/src/server/branches/branch-store.ts';
import type { ScratchDatabase } from '../../../hq/src/server/db/scratch-database.ts';
import { selfSignedCertificate } from '../../../hq/src/server/tls/self-signed.ts';
import { HqClient } from '../../../server/src/features/replication/hq-client.ts';
import { HqSender } from '../../../server/src/features/replication/hq-sender.ts';
import { OutboxStore } from '../../../server/src/store/replication-outbox-store.ts';
import { freePort } from '../common/child-server.ts';
import { startHqChild } from '../common/hq-child.ts';
import { summarize, type LatencySummary } from '../common/latency-stats.ts';
import { shiftFact, type DayTemplate } from './day-facts.ts';
import { benchBranchId } from './fact-streams.ts';

/**
 * H2: replication lag with every branch sending live. Head office runs as its own process
 * (`hq/src/server/main.ts`, HTTPS). Each branch is the real sender (HqSender + HqClient: TLS,
 * gzip, backoff) over a real outbox (OutboxStore on SQLite, in memory), fed its simulated day
 * from 10:00 at `speed` × real time, branches phase-shifted. Lag of a fact = from its append
 * to the outbox (the branch's commit) until head office's ack covers it; every live fact is
 * counted, after a warm-up that connects every branch and sends its profile.
 */
const OUTBOX_SQL = readFileSync(
  resolve(import.meta.dirname, '../../../server/migrations/080-replication-outbox.sql'),
  'utf8',
);

class TimedOutbox extends OutboxStore {
  readonly created = new Map<number, number>();
  readonly lags: number[] = [];
  measuring = false;
  private acked = 0;

  override append(facts: HqFactBody[], marks: Parameters<OutboxStore['append']>[1]): void {
    const before = this.state().headSeq;
    super.append(facts, marks);
    const at = Date.now();
    if (this.measuring) for (let s = before + 1; s <= before + facts.length; s++) this.created.set(s, at);
  }

  override markAcked(seq: number, now: number): void {
    super.markAcked(seq, now);
    const at = Date.now();
    for (let s = this.acked + 1; s <= seq; s++) {
      const c = this.created.get(s);
      if (c !== undefined) {
        this.lags.push(at - c);
        this.created.delete(s);
      }
    }
    this.acked = Math.max(this.acked, seq);
  }
}

const WARM_UP_WINDOW = 50;
/** The warm-up gives up only when no branch got through for this long. */
const WARM_UP_STALL_MS = 120_000;

interface WarmingBranch {
  outbox: OutboxStore;
  sender: HqSender;
  facts: HqFactBody[];
}

async function warmUp(branches: WarmingBranch[], log: (line: string) => void): Promise<void> {
  let next = 0;
  let done = 0;
  let progressAt = Date.now();
  let loggedAt = Date.now();
  const pending = new Set<WarmingBranch>();
  while (done < branches.length) {
    while (pending.size < WARM_UP_WINDOW && next < branches.length) {
      const b = branches[next++]!;
      b.outbox.append(b.facts.slice(0, 1), {});
      b.sender.wake();
      pending.add(b);
    }
    await new Promise((r) => setTimeout(r, 50));
    for (const b of pending)
      if (b.outbox.backlog().pending === 0) {
        pending.delete(b);
        done++;
        progressAt = Date.now();
      }
    if (Date.now() - progressAt > WARM_UP_STALL_MS)
      throw new Error(`warm-up stalled: ${done} of ${branches.length} branches through, none for 2 min`);
    if (Date.now() - loggedAt > 10_000) {
      log(`H2 warm-up: ${done} of ${branches.length} branches connected`);
      loggedAt = Date.now();
    }
  }
}

export interface LagResult {
  branches: number;
  facts: number;
  factsPerSec: number;
  lag: LatencySummary;
  unacked: number;
}

export async function benchLag(opts: {
  createDb: () => Promise<ScratchDatabase>;
  templates: DayTemplate[];
  branches: number;
  seconds: number;
  speed: number;
  log?: (line: string) => void;
}): Promise<LagResult> {
  const db = await opts.createDb();
  const dir = mkdtempSync(join(tmpdir(), 'hq-lag-'));
  const tls = selfSignedCertificate(dir);
  const port = await freePort();
  const store = new BranchStore(db.pool);
  await store.upsertRegion({ id: 'r0', nameZh: '一区', nameEn: 'Region 0' });
  const keys: string[] = [];
  for (let i = 0; i < opts.branches; i++)
    keys.push(
      await store.register({ id: benchBranchId(i), regionId: 'r0', nameZh: `网点${i}`, nameEn: `Branch ${i}` }, 0),
    );
  const hq = await startHqChild({
    DATABASE_URL: db.url,
    PORT: port,
    HQ_TLS_KEY_FILE: tls.keyFile,
    HQ_TLS_CERT_FILE: tls.certFile,
    HQ_POOL_SIZE: '16',
  });
  // HQ_BENCH_LOG=warn shows the senders' failures (each retry) on stderr.
  const logger = pino({ level: process.env.HQ_BENCH_LOG ?? 'silent' }, pino.destination(2));
  const url = new URL(`https://127.0.0.1:${port}`);
  const branches = keys.map((key, i) => {
    const sqlite = new Database(':memory:');
    sqlite.exec(OUTBOX_SQL);
    const outbox = new TimedOutbox(sqlite);
    const sender = new HqSender(outbox, new HqClient(url, key, tls.cert), Date.now, logger, {
      branchId: () => benchBranchId(i),
      batchFacts: 500,
      batchBytes: 1_000_000,
      backoffMinMs: 200,
      backoffMaxMs: 5000,
      heartbeatMs: 60_000,
      backlog: () => ({ pending: 0, unprojected: 0, oldestAt: null, bytes: 0 }),
      onCatalogueVersion: () => undefined,
      afterExchange: async () => undefined,
    });
    const t = opts.templates[i % opts.templates.length]!;
    // From 10:00, phase-shifted by up to an hour so branches do not act in step.
    const from = t.dayStart + 60 * 60_000 + ((i * 7919) % 3600) * 1000;
    const facts = t.facts.map((f) => shiftFact(f, benchBranchId(i), 0, t.date));
    const cut = facts.findIndex((f, k) => k > 0 && f.at >= from);
    return { sqlite, outbox, sender, facts, from, next: cut === -1 ? facts.length : cut };
  });
  try {
    // Warm-up: every branch connects (TLS) and sends its profile, at most WARM_UP_WINDOW at a
    // time (branches do not start in the same second); the live part then starts at 10:00.
    await warmUp(branches, opts.log ?? (() => undefined));
    for (const b of branches) b.outbox.measuring = true;
    const started = Date.now();
    let appended = 0;
    while (Date.now() - started < opts.seconds * 1000) {
      const simulatedMs = (Date.now() - started) * opts.speed;
      for (const b of branches) {
        const due: HqFactBody[] = [];
        while (b.next < b.facts.length && b.facts[b.next]!.at - b.from <= simulatedMs) due.push(b.facts[b.next++]!);
        if (due.length > 0) {
          b.outbox.append(due, {});
          appended += due.length;
          b.sender.wake();
        }
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const elapsed = (Date.now() - started) / 1000;
    // Let the last facts arrive (their lag counts too).
    const drain = Date.now() + 30_000;
    while (Date.now() < drain && branches.some((b) => b.outbox.created.size > 0))
      await new Promise((r) => setTimeout(r, 50));
    const lags = branches.flatMap((b) => b.outbox.lags);
    return {
      branches: opts.branches,
      facts: appended,
      factsPerSec: appended / elapsed,
      lag: summarize(lags),
      unacked: branches.reduce((a, b) => a + b.outbox.created.size, 0),
    };
  } finally {
    for (const b of branches) {
      b.sender.stop();
      b.sqlite.close();
    }
    await hq.kill();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}
