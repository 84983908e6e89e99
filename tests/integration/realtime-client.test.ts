import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Alert, Principal, QueueEvent, Snapshot } from '@lobby/shared';
import {
  openRealtime,
  type LinkState,
  type RealtimeConnection,
  type RealtimeSink,
} from '@lobby/shared/realtime-client';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';

/**
 * The client's consistency rules against the real server: a snapshot first, then every
 * event exactly once and in order, and a resync that catches up whatever happened while
 * the connection was down.
 */
interface Recorded extends RealtimeSink {
  seq: number;
  applied: number[];
  snapshots: number;
  states: LinkState[];
  principal: Principal | null;
  alerts: Alert[] | null;
  tickets: Set<string>;
  revoked: boolean;
}

function recordingSink(): Recorded {
  const sink: Recorded = {
    seq: 0,
    applied: [],
    snapshots: 0,
    states: [],
    principal: null,
    alerts: null,
    tickets: new Set(),
    revoked: false,
    currentSeq: () => sink.seq,
    applySnapshot: (s: Snapshot) => {
      sink.snapshots += 1;
      sink.seq = s.seq;
      for (const t of s.tickets) sink.tickets.add(t.id);
    },
    applyEvent: (e: QueueEvent) => {
      sink.applied.push(e.seq);
      sink.seq = e.seq;
      if (e.ticket) sink.tickets.add(e.ticket.id);
    },
    setConnection: (s) => void sink.states.push(s),
    setPrincipal: (p) => void (sink.principal = p),
    setAlerts: (a) => void (sink.alerts = a),
    onDenied: () => void (sink.revoked = true),
  };
  return sink;
}

async function until(check: () => boolean, timeoutMs = 8_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 25));
  }
}

let server: TestServer;
let kiosk: LobbySocket;
let connection: RealtimeConnection | null = null;

async function issue(): Promise<void> {
  await server.issue(kiosk, 'A', 'cash');
}

describe('openRealtime', () => {
  beforeEach(async () => {
    server = await startTestServer();
    kiosk = await server.connect(server.deviceToken('kiosk'));
  });
  afterEach(async () => {
    connection?.close();
    connection = null;
    await server.close();
  });

  it('starts from a snapshot, then applies each event once in seq order', async () => {
    await issue();
    const sink = recordingSink();
    connection = openRealtime(await server.login('lobby'), sink, { url: server.url });
    await until(() => sink.states.at(-1) === 'connected');
    expect(sink.snapshots).toBe(1);
    expect(sink.principal?.role).toBe('lobby');
    const start = sink.seq;
    await issue();
    await issue();
    await until(() => sink.tickets.size === 3);
    expect(sink.applied).toEqual([start + 1, start + 2]);
  });

  it('catches up after the server drops the connection, without applying anything twice', async () => {
    const sink = recordingSink();
    connection = openRealtime(await server.login('lobby'), sink, { url: server.url });
    await until(() => sink.states.at(-1) === 'connected');
    server.app.io.in('staff').disconnectSockets(true);
    await until(() => sink.states.at(-1) === 'disconnected');
    await issue();
    await issue();
    await until(() => sink.states.at(-1) === 'connected' && sink.tickets.size === 2);
    expect(sink.seq).toBe(server.app.ctx.queue.lastSeq);
    expect(new Set(sink.applied).size).toBe(sink.applied.length);
  });

  it('sends commands with a fresh requestId and reports offline without sending', async () => {
    const sink = recordingSink();
    connection = openRealtime(await server.login('teller1'), sink, { url: server.url });
    await until(() => sink.states.at(-1) === 'connected');
    const signOn = await connection.sendCommand('counter:signOn', { counterId: 'c2' });
    expect(signOn.ok).toBe(true);
    const empty = await connection.sendCommand('counter:callNext', { counterId: 'c2' });
    expect(empty).toMatchObject({ ok: false, code: 'QUEUE_EMPTY' });
    connection.close();
    expect(await connection.sendCommand('counter:callNext', { counterId: 'c2' })).toEqual({
      ok: false,
      code: 'CLIENT_OFFLINE',
    });
  });

  it('signs on and calls where crypto.randomUUID does not exist (a LAN page over plain http)', async () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: real.getRandomValues.bind(real) });
    try {
      const sink = recordingSink();
      connection = openRealtime(await server.login('teller1'), sink, { url: server.url });
      await until(() => sink.states.at(-1) === 'connected');
      await issue();
      expect(await connection.sendCommand('counter:signOn', { counterId: 'c3' })).toMatchObject({ ok: true });
      expect(await connection.sendCommand('counter:callNext', { counterId: 'c3' })).toMatchObject({ ok: true });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reports a refused token as revoked', async () => {
    const sink = recordingSink();
    connection = openRealtime('not-a-token', sink, { url: server.url });
    await until(() => sink.revoked);
  });
});
