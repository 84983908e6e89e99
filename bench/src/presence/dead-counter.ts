import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import type { Ack, QueueEvent } from '@lobby/shared';
import { connectSocket, DEMO_LOBBY, DEMO_TELLER_PASSWORD, startBenchApp } from '../common/bench-app.ts';
import { FaultProxy } from '../common/fault-proxy.ts';

/**
 * P7: a counter client vanishes without closing (its TCP goes silent: no FIN, no RST —
 * a pulled cable or a frozen PC). Time from the silence to `counter:wentOffline` on a lobby
 * client, with the server's own default heartbeat. Baseline: how long socket.io's default
 * heartbeat would take (pingInterval + pingTimeout, read from a default Server: ≈ 45 s).
 */
export interface DeadCounterResult {
  detectMs: number;
  heartbeatBoundMs: number;
  socketIoDefaultMs: number;
}

export function socketIoDefaultDetectionMs(): number {
  const io = new Server(createServer());
  const opts = (io.engine as unknown as { opts: { pingInterval: number; pingTimeout: number } }).opts;
  const ms = opts.pingInterval + opts.pingTimeout;
  void io.close();
  return ms;
}

export async function benchDeadCounter(): Promise<DeadCounterResult> {
  const bench = await startBenchApp();
  const proxy = new FaultProxy(bench.port);
  try {
    const proxyUrl = `http://127.0.0.1:${await proxy.listen()}`;
    const lobby = await connectSocket(bench.url, await bench.login(DEMO_LOBBY.username, DEMO_LOBBY.password));
    const teller = await connectSocket(proxyUrl, await bench.login('teller1', DEMO_TELLER_PASSWORD));
    const emit = teller.timeout(10_000).emitWithAck as unknown as (n: string, p: unknown) => Promise<Ack<unknown>>;
    const on = await emit.call(teller.timeout(10_000), 'counter:signOn', { requestId: randomUUID(), counterId: 'c2' });
    if (!on.ok) throw new Error(`signOn: ${on.code}`);
    // Past the start-up grace, so presence may take counters offline.
    const engineOpts = (bench.app.io.engine as unknown as { opts: { pingInterval: number; pingTimeout: number } }).opts;
    const heartbeatBoundMs = engineOpts.pingInterval + engineOpts.pingTimeout;
    await new Promise((r) => setTimeout(r, heartbeatBoundMs + 500));
    const offline = new Promise<number>((done, fail) => {
      const timer = setTimeout(() => fail(new Error('counter never marked offline within 120 s')), 120_000);
      lobby.on('counter:wentOffline', (e: QueueEvent) => {
        if (e.counter?.id !== 'c2') return;
        clearTimeout(timer);
        done(performance.now());
      });
    });
    const vanished = performance.now();
    proxy.pause();
    const detectMs = (await offline) - vanished;
    teller.disconnect();
    lobby.disconnect();
    return { detectMs, heartbeatBoundMs, socketIoDefaultMs: socketIoDefaultDetectionMs() };
  } finally {
    await proxy.close();
    await bench.close();
  }
}
