import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import type { Ack } from '@lobby/shared';
import { connectSocket, DEMO_LOBBY, startBenchApp } from '../common/bench-app.ts';
import { absoluteNow, ClientSwarm } from '../common/client-swarm.ts';
import { summarize, type LatencySummary } from '../common/latency-stats.ts';

/**
 * P8: one server process, N clients (hall displays), 10 broadcasts per second to each for
 * a few seconds: delivery latency p99 and the number of (client, broadcast) pairs never
 * delivered. Ours: `hall:broadcast` from the lobby (a durable command, then the fan-out).
 * Baseline: bare socket.io emitting a same-sized payload at the same rate. Clients run in a
 * worker thread, apart from the server's event loop.
 */
export interface BroadcastResult {
  ours: LatencySummary & { lost: number; expected: number };
  bare: LatencySummary & { lost: number; expected: number };
  clients: number;
}

/** Sends 10 keyed broadcasts a second; latency per (client, broadcast) and the pairs never delivered. */
async function runRate(
  swarm: ClientSwarm,
  clients: number,
  send: (id: string) => void,
  seconds: number,
): Promise<LatencySummary & { lost: number; expected: number }> {
  const sentAt = new Map<string, number>();
  const total = Math.round(seconds * 10);
  for (let k = 0; k < total; k++) {
    const id = `b${k}-${randomUUID().slice(0, 8)}`;
    sentAt.set(id, absoluteNow());
    send(id);
    await new Promise((r) => setTimeout(r, 100));
  }
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
    const t0 = sentAt.get(key);
    if (t0 === undefined) return;
    delivered += times.length;
    for (const t of times) latencies.push(t - t0);
  };
  for (const [k, v] of complete) record(k, v);
  for (const p of await swarm.flush()) record(p.key, p.times);
  return { ...summarize(latencies), lost: total * clients - delivered, expected: total * clients };
}

async function measureOurs(clientCount: number, seconds: number) {
  const bench = await startBenchApp();
  try {
    const lobby = await connectSocket(bench.url, await bench.login(DEMO_LOBBY.username, DEMO_LOBBY.password));
    const tokens = Array.from({ length: clientCount }, () => bench.deviceToken('display'));
    const swarm = await ClientSwarm.start({
      url: bench.url,
      tokens,
      readyEvent: 'session:ready',
      event: 'hall:broadcasted',
      key: 'messageText',
    });
    const refusals: string[] = [];
    const emit = lobby.timeout(20_000).emitWithAck as unknown as (n: string, p: unknown) => Promise<Ack<unknown>>;
    const result = await runRate(
      swarm,
      clientCount,
      (id) => {
        void emit
          .call(lobby.timeout(20_000), 'hall:broadcast', { requestId: randomUUID(), text: id, speak: false })
          .then((a) => {
            if (!a.ok) refusals.push(a.code);
          });
      },
      seconds,
    );
    if (refusals.length > 0) throw new Error(`hall:broadcast refused: ${refusals.slice(0, 3).join(', ')}`);
    await swarm.close();
    lobby.disconnect();
    return result;
  } finally {
    await bench.close();
  }
}

async function measureBare(clientCount: number, seconds: number) {
  const http = createServer();
  const io = new Server(http, { serveClient: false });
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
    const pad = 'x'.repeat(1500);
    const result = await runRate(swarm, clientCount, (id) => io.emit('hall:broadcasted', { id, pad }), seconds);
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
