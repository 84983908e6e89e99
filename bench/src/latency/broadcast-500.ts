import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Server } from 'socket.io';
import { DEMO_LOBBY, startBenchApp } from '../common/bench-app.ts';
import { ClientSwarm } from '../common/client-swarm.ts';
import { summarize, type LatencySummary } from '../common/latency-stats.ts';
import type { SenderReport } from './broadcast-sender.ts';

/**
 * P8: one server process, N clients (hall displays), 10 broadcasts per second to each for
 * a few seconds: delivery latency p99 and the number of (client, broadcast) pairs never
 * delivered. The broadcasts come from a separate process on a fixed schedule
 * (broadcast-sender.ts) and each latency runs from the broadcast's scheduled time, so a
 * stalled server cannot slow the sender down and hide its own delay; the rate the sender
 * achieved is reported. Ours: `hall:broadcast` from the lobby (a durable command, then the
 * fan-out). Baseline: bare socket.io relaying a same-sized payload from the same sender.
 * Clients run in a worker thread, apart from the server's event loop.
 */
const SENDER = resolve(import.meta.dirname, 'broadcast-sender.ts');
const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');
const INTERVAL_MS = 100;

type RateResult = LatencySummary & { lost: number; expected: number; achievedPerSec: number; maxBehindMs: number };

export interface BroadcastResult {
  ours: RateResult;
  bare: RateResult;
  clients: number;
}

function runSender(url: string, token: string | null, mode: 'ours' | 'bare', count: number): Promise<SenderReport> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', SENDER, url, token ?? '-', mode, String(count), String(INTERVAL_MS)],
      { cwd: REPO_ROOT, timeout: 120_000, maxBuffer: 16 * 2 ** 20 },
      (err, stdout) => {
        if (err) fail(err);
        else done(JSON.parse(stdout.trim().split('\n').at(-1)!) as SenderReport);
      },
    );
  });
}

/** Latency per (client, broadcast) from each broadcast's scheduled time, and the pairs never delivered. */
async function runRate(
  swarm: ClientSwarm,
  clients: number,
  sender: (count: number) => Promise<SenderReport>,
  seconds: number,
): Promise<RateResult> {
  const total = Math.round((seconds * 1000) / INTERVAL_MS);
  const sent = await sender(total);
  if (sent.refused.length > 0) throw new Error(`hall:broadcast refused: ${sent.refused.slice(0, 3).join(', ')}`);
  const scheduled = new Map(sent.sent.map((x) => [x.key, x.scheduledAt]));
  // Grace for the tail, then count what never arrived.
  const latencies: number[] = [];
  const complete = new Map<string, number[]>();
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && complete.size < total) {
    for (const [k, v] of swarm.takeCompleted()) complete.set(k, v);
    if (complete.size < total) await new Promise((r) => setTimeout(r, 50));
  }
  let delivered = 0;
  const record = (key: string, times: number[]) => {
    const t0 = scheduled.get(key);
    if (t0 === undefined) return;
    delivered += times.length;
    for (const t of times) latencies.push(t - t0);
  };
  for (const [k, v] of complete) record(k, v);
  for (const p of await swarm.flush()) record(p.key, p.times);
  return {
    ...summarize(latencies),
    lost: total * clients - delivered,
    expected: total * clients,
    achievedPerSec: sent.achievedPerSec,
    maxBehindMs: sent.maxBehindMs,
  };
}

async function measureOurs(clientCount: number, seconds: number) {
  const bench = await startBenchApp();
  try {
    const lobbyToken = await bench.login(DEMO_LOBBY.username, DEMO_LOBBY.password);
    const tokens = Array.from({ length: clientCount }, () => bench.deviceToken('display'));
    const swarm = await ClientSwarm.start({
      url: bench.url,
      tokens,
      readyEvent: 'session:ready',
      event: 'hall:broadcasted',
      key: 'messageText',
    });
    const result = await runRate(swarm, clientCount, (n) => runSender(bench.url, lobbyToken, 'ours', n), seconds);
    await swarm.close();
    return result;
  } finally {
    await bench.close();
  }
}

async function measureBare(clientCount: number, seconds: number) {
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  const pad = 'x'.repeat(1500);
  io.on('connection', (socket) => {
    socket.on('send', (p: { id: string }, ack: (r: { ok: true }) => void) => {
      io.emit('hall:broadcasted', { id: p.id, pad });
      ack({ ok: true });
    });
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', () => done()));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  try {
    const swarm = await ClientSwarm.start({
      url,
      tokens: Array.from({ length: clientCount }, () => null),
      readyEvent: 'connect',
      event: 'hall:broadcasted',
      key: 'id',
    });
    const result = await runRate(swarm, clientCount, (n) => runSender(url, null, 'bare', n), seconds);
    await swarm.close();
    return result;
  } finally {
    await new Promise<void>((done) => void io.close(() => done()));
  }
}

export async function benchBroadcast(opts: { clients: number; seconds: number }): Promise<BroadcastResult> {
  const ours = await measureOurs(opts.clients, opts.seconds);
  const bare = await measureBare(opts.clients, opts.seconds);
  return { ours, bare, clients: opts.clients };
}
