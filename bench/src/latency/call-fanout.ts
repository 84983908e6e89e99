import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import type { Ack, QueueEvent } from '@lobby/shared';
import {
  connectSocket,
  DEMO_LOBBY,
  DEMO_TELLER_PASSWORD,
  startBenchApp,
  type BenchSocket,
} from '../common/bench-app.ts';
import { absoluteNow, ClientSwarm } from '../common/client-swarm.ts';
import { summarize, type LatencySummary } from '../common/latency-stats.ts';

/**
 * P1: a teller presses "call next" → every one of N clients (displays, lobby consoles,
 * counters) has the `ticket:called` event. Each call's figure is its slowest client (time
 * from the teller's emit until the LAST of the N clients has it: "every client has it"),
 * on loopback; the clients run in a worker thread so their parsing does not share the
 * server's event loop. The summary is over calls (p50 / p99 / max of those per-call
 * maxima), never pooled over clients. Baseline: the same fan-out through bare socket.io
 * (a handler that only broadcasts a payload of the same size and acks).
 */
export interface FanoutResult {
  ours: LatencySummary;
  bare: LatencySummary;
  clients: number;
  calls: number;
}

function cmd<T>(socket: BenchSocket, name: string, payload: Record<string, unknown>): Promise<Ack<T>> {
  const emit = socket.timeout(20_000).emitWithAck as unknown as (n: string, p: unknown) => Promise<Ack<T>>;
  return emit.call(socket.timeout(20_000), name, { requestId: randomUUID(), ...payload });
}

async function measureOurs(
  clientCount: number,
  calls: number,
): Promise<{ summary: LatencySummary; sample: QueueEvent | null }> {
  const bench = await startBenchApp();
  try {
    const lobbyToken = await bench.login(DEMO_LOBBY.username, DEMO_LOBBY.password);
    const tellerToken = await bench.login('teller1', DEMO_TELLER_PASSWORD);
    const displayToken = bench.deviceToken('display');
    const kiosk = await connectSocket(bench.url, bench.deviceToken('kiosk'));
    const teller = await connectSocket(bench.url, tellerToken);
    // The hall: 70 % displays, 20 % lobby consoles, 10 % counter clients, in their own thread.
    const tokens = Array.from({ length: clientCount }, (_, i) =>
      i % 10 < 7 ? displayToken : i % 10 < 9 ? lobbyToken : tellerToken,
    );
    const swarm = await ClientSwarm.start({
      url: bench.url,
      tokens,
      readyEvent: 'session:ready',
      event: 'ticket:called',
      key: 'ticketId',
    });
    const on = await cmd(teller, 'counter:signOn', { counterId: 'c2' });
    if (!on.ok) throw new Error(`signOn: ${on.code}`);
    const samples: number[] = [];
    let sample: QueueEvent | null = null;
    teller.on('ticket:called', (e) => (sample ??= e));
    for (let i = 0; i < calls; i++) {
      const issued = await cmd<{ ticket: { id: string } }>(kiosk, 'ticket:issue', {
        laneId: 'A',
        businessTypeId: 'cash',
        priorityGroupId: null,
        vipIdentifier: null,
      });
      if (!issued.ok) throw new Error(`issue: ${issued.code}`);
      const arrived = swarm.expect(issued.data.ticket.id);
      const t0 = absoluteNow();
      const called = await cmd(teller, 'counter:callNext', { counterId: 'c2' });
      if (!called.ok) throw new Error(`callNext: ${called.code}`);
      samples.push(Math.max(...(await arrived)) - t0);
      await cmd(teller, 'ticket:start', { counterId: 'c2' });
      await cmd(teller, 'ticket:finish', { counterId: 'c2', outcome: 'served', servedBusinessTypeIds: [] });
    }
    await swarm.close();
    for (const c of [kiosk, teller]) c.disconnect();
    return { summary: summarize(samples), sample };
  } finally {
    await bench.close();
  }
}

async function measureBare(clientCount: number, calls: number, payload: unknown): Promise<LatencySummary> {
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  io.on('connection', (socket) => {
    socket.on('call', (p: { id: string }, ack: (r: unknown) => void) => {
      io.emit('ticket:called', { ...(payload as object), id: p.id });
      ack({ ok: true });
    });
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', () => done()));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  try {
    const caller = await connectSocket(url, null, 'connect');
    const swarm = await ClientSwarm.start({
      url,
      tokens: Array.from({ length: clientCount }, () => null),
      readyEvent: 'connect',
      event: 'ticket:called',
      key: 'id',
    });
    const samples: number[] = [];
    for (let i = 0; i < calls; i++) {
      const id = `call-${i}`;
      const arrived = swarm.expect(id);
      const t0 = absoluteNow();
      await (caller.timeout(20_000).emitWithAck as unknown as (n: string, p: unknown) => Promise<unknown>).call(
        caller.timeout(20_000),
        'call',
        { id },
      );
      samples.push(Math.max(...(await arrived)) - t0);
    }
    await swarm.close();
    caller.disconnect();
    return summarize(samples);
  } finally {
    await new Promise<void>((done) => void io.close(() => done()));
  }
}

export async function benchCallFanout(opts: { clients: number; calls: number }): Promise<FanoutResult> {
  const ours = await measureOurs(opts.clients, opts.calls);
  const bare = await measureBare(opts.clients, opts.calls, ours.sample ?? { pad: 'x'.repeat(2000) });
  return { ours: ours.summary, bare, clients: opts.clients, calls: opts.calls };
}
