import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket as ServerSocket } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublicQueueEvent, PublicSnapshot, QueueEvent, Snapshot } from '../index.ts';
import { openRealtime, type LinkState, type RealtimeConnection, type RealtimeSink } from './synced-socket.ts';

/**
 * The one client consistency rule, against a small socket.io server that plays the queue
 * server's part (tests/integration/realtime-client.test.ts runs it against the real one).
 */
const snapshot = (seq: number): PublicSnapshot =>
  ({
    audience: 'public',
    seq,
    businessDate: '2026-11-24',
    serverTime: 0,
    config: null,
    lanes: [],
    recentCalls: [],
    emergency: { active: false, message: '', since: null },
    lastMessage: null,
    tickets: [],
    counters: [],
  }) as unknown as PublicSnapshot;

const event = (seq: number): PublicQueueEvent => ({
  audience: 'public',
  seq,
  type: 'ticket:issued',
  at: seq,
  businessDate: '2026-11-24',
  lanes: [],
});

interface FakeServer {
  url: string;
  io: Server;
  sockets: ServerSocket[];
  syncRequests: number[];
  commands: { name: string; payload: { requestId: string } }[];
  /** The seq the next snapshot is taken at. */
  snapshotSeq: number;
  /** Events the next sync:request answers with (default: none). */
  answer: (sinceSeq: number) => QueueEvent[];
  close(): Promise<void>;
}

async function fakeServer(opts: { deny?: 'UNAUTHENTICATED' | 'ORIGIN' } = {}): Promise<FakeServer> {
  const http = createServer();
  const io = new Server(http);
  const server: FakeServer = {
    url: '',
    io,
    sockets: [],
    syncRequests: [],
    commands: [],
    snapshotSeq: 5,
    answer: () => [],
    close: () => new Promise((r) => void io.close(() => r())),
  };
  if (opts.deny) io.use((_s, next) => next(new Error(opts.deny)));
  io.on('connection', (socket) => {
    server.sockets.push(socket);
    socket.emit('session:ready', { principal: { role: 'display', id: 'd1', name: 'D', counterId: null }, seq: 0 });
    socket.on('snapshot:get', (_p: unknown, ack: (r: unknown) => void) =>
      ack({ ok: true, data: snapshot(server.snapshotSeq) }),
    );
    socket.on('sync:request', (p: { sinceSeq: number }, ack: (r: unknown) => void) => {
      server.syncRequests.push(p.sinceSeq);
      ack({ ok: true, data: { kind: 'events', events: server.answer(p.sinceSeq) } });
    });
    socket.on('ticket:issue', (p: { requestId: string }, ack: (r: unknown) => void) => {
      server.commands.push({ name: 'ticket:issue', payload: p });
      ack({ ok: false, code: 'LANE_PAUSED' });
    });
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
  server.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return server;
}

interface Recorded extends RealtimeSink {
  seq: number;
  snapshots: number;
  applied: [number, boolean][];
  states: LinkState[];
  denied: string[];
  syncFailures: (string | null)[];
}

function sink(): Recorded {
  const s: Recorded = {
    seq: 0,
    snapshots: 0,
    applied: [],
    states: [],
    denied: [],
    syncFailures: [],
    currentSeq: () => s.seq,
    applySnapshot: (snap: Snapshot) => {
      s.snapshots += 1;
      s.seq = snap.seq;
    },
    applyEvent: (e: QueueEvent, replayed: boolean) => {
      s.applied.push([e.seq, replayed]);
      s.seq = e.seq;
    },
    setConnection: (state) => void s.states.push(state),
    onDenied: (reason, code) => void s.denied.push(`${reason}:${code}`),
    onSyncFailed: (code) => void s.syncFailures.push(code),
  };
  return s;
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

let server: FakeServer | null = null;
let conn: RealtimeConnection | null = null;
afterEach(async () => {
  conn?.close();
  await server?.close();
  conn = null;
  server = null;
});

describe('openRealtime', () => {
  it('starts from a snapshot, then applies the next live event', async () => {
    server = await fakeServer();
    const s = sink();
    conn = openRealtime('t', s, { url: server.url });
    await until(() => s.states.at(-1) === 'connected');
    expect(s.states).toEqual(['connecting', 'syncing', 'connected']);
    expect(s.seq).toBe(5);
    server.io.emit('ticket:issued', event(6));
    server.io.emit('ticket:issued', event(6));
    server.io.emit('ticket:issued', event(4));
    await until(() => s.seq === 6);
    expect(s.applied).toEqual([[6, false]]);
  });

  it('on a gap asks for what it missed, applies it as replayed, then the held live events in order', async () => {
    server = await fakeServer();
    const s = sink();
    conn = openRealtime('t', s, { url: server.url });
    await until(() => s.states.at(-1) === 'connected');
    server.answer = (since) => [event(since + 2), event(since + 1)];
    server.io.emit('ticket:issued', event(8));
    await until(() => s.seq === 8);
    expect(server.syncRequests).toEqual([5]);
    expect(s.applied).toEqual([
      [6, true],
      [7, true],
      [8, false],
    ]);
  });

  it('falls back to a snapshot when the answer itself has a hole', async () => {
    server = await fakeServer();
    const s = sink();
    conn = openRealtime('t', s, { url: server.url });
    await until(() => s.states.at(-1) === 'connected');
    server.answer = (since) => (since === 5 ? [event(7)] : []);
    server.snapshotSeq = 9;
    server.io.emit('ticket:issued', event(9));
    await until(() => s.snapshots === 2);
    expect(server.syncRequests).toEqual([5]);
    expect(s.seq).toBe(9);
    expect(s.applied).toEqual([]);
    expect(s.states.at(-1)).toBe('connected');
  });

  it('after the server drops it, reconnects by itself and resyncs from its last seq', async () => {
    server = await fakeServer();
    const s = sink();
    conn = openRealtime('t', s, { url: server.url, retryMs: 50 });
    await until(() => s.states.at(-1) === 'connected');
    server.sockets[0]?.disconnect(true);
    await until(() => server!.syncRequests.length === 1);
    expect(server.syncRequests).toEqual([5]);
    await until(() => s.states.at(-1) === 'connected');
    expect(s.states).toContain('disconnected');
  });

  it('sends a fresh request id, keeps one the caller passes, and never queues while offline', async () => {
    server = await fakeServer();
    const s = sink();
    conn = openRealtime('t', s, { url: server.url });
    await until(() => s.states.at(-1) === 'connected');
    const payload = { laneId: 'A', businessTypeId: 'cash', priorityGroupId: null, vipIdentifier: null };
    expect(await conn.sendCommand('ticket:issue', payload)).toEqual({ ok: false, code: 'LANE_PAUSED' });
    expect(await conn.sendCommand('ticket:issue', { ...payload, requestId: 'retry-of-1' })).toMatchObject({
      ok: false,
    });
    expect(server.commands[0]?.payload.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(server.commands[1]?.payload.requestId).toBe('retry-of-1');
    await server.close();
    server = null;
    await until(() => s.states.at(-1) === 'disconnected');
    expect(await conn.sendCommand('ticket:issue', payload)).toEqual({ ok: false, code: 'CLIENT_OFFLINE' });
  });

  it('reports a refused token, and keeps trying slowly only when asked to (a device)', async () => {
    server = await fakeServer({ deny: 'UNAUTHENTICATED' });
    const staff = sink();
    conn = openRealtime('bad', staff, { url: server.url });
    await until(() => staff.denied.length === 1);
    expect(staff.denied).toEqual(['refused:UNAUTHENTICATED']);
    conn.close();
    const device = sink();
    conn = openRealtime('bad', device, { url: server.url, refusedRetryMs: 30 });
    await until(() => device.denied.length >= 3);
  });

  it('a middleware refusal that is not about the token is retried at the normal pace', async () => {
    server = await fakeServer({ deny: 'ORIGIN' });
    const s = sink();
    let attempts = 0;
    server.io.engine.on('connection', () => attempts++);
    conn = openRealtime('t', s, { url: server.url, retryMs: 30, transports: ['websocket'] });
    await until(() => attempts >= 3);
    expect(s.denied).toEqual([]);
  });

  it('a revoked session stops the connection and says so', async () => {
    server = await fakeServer();
    const s = sink();
    conn = openRealtime('t', s, { url: server.url, retryMs: 30 });
    await until(() => s.states.at(-1) === 'connected');
    server.io.emit('session:revoked');
    await until(() => s.denied.length === 1);
    expect(s.denied).toEqual(['revoked:null']);
    expect(conn.connected).toBe(false);
  });
});
