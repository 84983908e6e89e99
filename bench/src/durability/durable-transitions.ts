import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ack } from '@lobby/shared';
import type { ExecuteRequest } from '../../../server/src/queue/queue-service.ts';
import { connectSocket, DEMO_TELLER_PASSWORD, startBenchApp, type BenchSocket } from '../common/bench-app.ts';
import { summarize, type LatencySummary } from '../common/latency-stats.ts';

/**
 * P2: durable ticket transitions (issue, call, start, finish) per second through the real
 * app — each committed with synchronous=FULL before its ack and broadcast — with a kiosk
 * and 7 tellers working concurrently; commit time is the server's whole write path
 * (QueueService.execute: decide + write + event log + COMMIT), timed by wrapping it.
 * Baseline: raw better-sqlite3, WAL + FULL, one INSERT + one UPDATE per transaction, in
 * the same temp-dir file system.
 */
export interface DurabilityResult {
  transitionsPerSec: number;
  commit: LatencySummary;
  rawPerSec: number;
  rawCommit: LatencySummary;
  transitions: number;
}

type Cmd = <T>(socket: BenchSocket, name: string, payload: Record<string, unknown>) => Promise<Ack<T>>;
const cmd: Cmd = (socket, name, payload) => {
  const emit = socket.timeout(20_000).emitWithAck as unknown as (n: string, p: unknown) => Promise<never>;
  return emit.call(socket.timeout(20_000), name, { requestId: randomUUID(), ...payload });
};

async function measureApp(seconds: number): Promise<{ perSec: number; commit: LatencySummary; transitions: number }> {
  const bench = await startBenchApp();
  try {
    const commits: number[] = [];
    const queue = bench.app.ctx.queue;
    const execute = queue.execute.bind(queue);
    queue.execute = <T>(req: ExecuteRequest<T>) => {
      const t0 = performance.now();
      const ack = execute(req);
      if (ack.ok && req.requestId !== null) commits.push(performance.now() - t0);
      return ack;
    };
    const kiosk = await connectSocket(bench.url, bench.deviceToken('kiosk'));
    const counters = ['c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'];
    const tellers: BenchSocket[] = [];
    for (let i = 0; i < counters.length; i++) {
      const s = await connectSocket(bench.url, await bench.login(`teller${i + 1}`, DEMO_TELLER_PASSWORD));
      const on = await cmd(s, 'counter:signOn', { counterId: counters[i]! });
      if (!on.ok) throw new Error(`signOn ${counters[i]}: ${on.code}`);
      tellers.push(s);
    }
    let transitions = 0;
    const end = performance.now() + seconds * 1000;
    const started = performance.now();
    const count = (a: Ack<unknown>) => {
      if (a.ok) transitions++;
      return a.ok;
    };
    const kioskLoop = async () => {
      while (performance.now() < end) count(await cmd(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash', priorityGroupId: null, vipIdentifier: null }));
    };
    const tellerLoop = async (s: BenchSocket, counterId: string) => {
      while (performance.now() < end) {
        if (!count(await cmd(s, 'counter:callNext', { counterId }))) {
          await new Promise((r) => setTimeout(r, 5));
          continue;
        }
        count(await cmd(s, 'ticket:start', { counterId }));
        count(await cmd(s, 'ticket:finish', { counterId, outcome: 'served', servedBusinessTypeIds: [] }));
      }
    };
    await Promise.all([kioskLoop(), ...tellers.map((s, i) => tellerLoop(s, counters[i]!))]);
    const elapsed = (performance.now() - started) / 1000;
    for (const s of [kiosk, ...tellers]) s.disconnect();
    return { perSec: transitions / elapsed, commit: summarize(commits), transitions };
  } finally {
    await bench.close();
  }
}

function measureRaw(count: number): { perSec: number; commit: LatencySummary } {
  const dir = mkdtempSync(join(tmpdir(), 'lobby-rawdb-'));
  const db = new Database(join(dir, 'raw.sqlite3'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE tickets (id TEXT PRIMARY KEY, status TEXT NOT NULL, data TEXT NOT NULL); CREATE TABLE counters (id TEXT PRIMARY KEY, current TEXT)');
    db.exec("INSERT INTO counters (id, current) VALUES ('c2', NULL)");
    const insert = db.prepare('INSERT INTO tickets (id, status, data) VALUES (?, ?, ?)');
    const update = db.prepare('UPDATE counters SET current = ? WHERE id = ?');
    const data = 'x'.repeat(600);
    const tx = db.transaction((id: string) => {
      insert.run(id, 'waiting', data);
      update.run(id, 'c2');
    });
    const times: number[] = [];
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      tx.immediate(`t${i}`);
      times.push(performance.now() - t0);
    }
    return { perSec: count / ((performance.now() - started) / 1000), commit: summarize(times) };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The disk is shared and noisy: app and raw rounds alternate (raw, app, raw, app, …) and
 * the medians of the per-round figures are reported, so both saw the same conditions.
 */
export async function benchDurableTransitions(opts: { seconds: number; rounds?: number }): Promise<DurabilityResult> {
  const rounds = opts.rounds ?? 3;
  const apps: Awaited<ReturnType<typeof measureApp>>[] = [];
  const raws: ReturnType<typeof measureRaw>[] = [];
  for (let r = 0; r < rounds; r++) {
    raws.push(measureRaw(400));
    apps.push(await measureApp(opts.seconds / rounds));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const mid = <T>(xs: T[], by: (x: T) => number) => [...xs].sort((a, b) => by(a) - by(b))[Math.floor(xs.length / 2)]!;
  return {
    transitionsPerSec: median(apps.map((a) => a.perSec)),
    commit: mid(apps, (a) => a.commit.p50).commit,
    rawPerSec: median(raws.map((r) => r.perSec)),
    rawCommit: mid(raws, (r) => r.commit.p50).commit,
    transitions: apps.reduce((n, a) => n + a.transitions, 0),
  };
}
