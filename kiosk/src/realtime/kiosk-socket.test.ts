import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket as ServerSocket } from 'socket.io';
import type { PublicQueueEvent, PublicSnapshot } from '@lobby/shared';
import { demoBranchConfig } from '../../../server/src/seed/demo-config.ts';
import { createKioskStore, type KioskStore } from '../state/kiosk-store.ts';
import { connectKiosk, type KioskConnection } from './kiosk-socket.ts';

/** The kiosk's socket against a small socket.io server that plays the queue server's part. */
const snapshot = (seq: number): PublicSnapshot => ({
  audience: 'public',
  seq,
  businessDate: '2026-11-24',
  serverTime: Date.now() + 60_000,
  config: demoBranchConfig(),
  lanes: [{ laneId: 'A', waiting: 2, longestWaitMs: 0, estimate: null, ahead: null, paused: false, issuedToday: 2 }],
  recentCalls: [],
  emergency: { active: false, message: '', since: null },
  lastMessage: null,
  estimates: null,
  tickets: [],
  counters: [],
});

const laneEvent = (seq: number, waiting: number): PublicQueueEvent => ({
  audience: 'public',
  seq,
  type: 'ticket:issued',
  at: Date.now(),
  businessDate: '2026-11-24',
  lanes: [{ laneId: 'A', waiting, longestWaitMs: 0, estimate: null, ahead: null, paused: false, issuedToday: waiting }],
});

interface Harness {
  url: string;
  io: Server;
  syncRequests: number[];
  sockets: ServerSocket[];
  close(): Promise<void>;
}

async function startFakeServer(opts: { deny?: boolean } = {}): Promise<Harness> {
  const http = createServer();
  const io = new Server(http);
  const syncRequests: number[] = [];
  const sockets: ServerSocket[] = [];
  if (opts.deny) io.use((_socket, next) => next(new Error('UNAUTHENTICATED')));
  io.on('connection', (socket) => {
    sockets.push(socket);
    socket.on('snapshot:get', (_p: unknown, ack: (r: unknown) => void) => ack({ ok: true, data: snapshot(5) }));
    socket.on('sync:request', (p: { sinceSeq: number }, ack: (r: unknown) => void) => {
      syncRequests.push(p.sinceSeq);
      ack({ ok: true, data: { kind: 'events', events: [laneEvent(p.sinceSeq + 1, 7)] } });
    });
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return { url, io, syncRequests, sockets, close: () => new Promise((r) => void io.close(() => r())) };
}

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('connectKiosk', () => {
  let server: Harness | null = null;
  let conn: KioskConnection | null = null;
  let store: KioskStore;

  afterEach(async () => {
    conn?.close();
    await server?.close();
    conn = null;
    server = null;
  });

  it('takes a snapshot on first connect, with the server clock offset', async () => {
    server = await startFakeServer();
    store = createKioskStore();
    conn = connectKiosk(store, 'token', server.url);
    await until(() => store.getState().lastSeq === 5);
    const s = store.getState();
    expect(s.connection).toBe('online');
    expect(s.config?.branch.id).toBe('demo-branch');
    expect(s.lanes.A?.waiting).toBe(2);
    expect(s.clockOffsetMs).toBeGreaterThan(55_000);
  });

  it('applies the next event, and asks for what it missed on a seq gap', async () => {
    server = await startFakeServer();
    store = createKioskStore();
    conn = connectKiosk(store, 'token', server.url);
    await until(() => store.getState().lastSeq === 5);
    server.io.emit('ticket:issued', laneEvent(6, 3));
    await until(() => store.getState().lastSeq === 6);
    expect(store.getState().lanes.A?.waiting).toBe(3);
    server.io.emit('ticket:issued', laneEvent(9, 9));
    // The answer fills 7; the held 9 still leaves 8 missing, so it asks again, then applies 9.
    await until(() => store.getState().lastSeq === 9);
    expect(server.syncRequests).toEqual([6, 7]);
    expect(store.getState().lanes.A?.waiting).toBe(9);
  });

  it('goes offline when dropped, comes back by itself and resyncs from its last seq', async () => {
    server = await startFakeServer();
    store = createKioskStore();
    conn = connectKiosk(store, 'token', server.url);
    await until(() => store.getState().lastSeq === 5);
    server.sockets[0]?.disconnect(true);
    await until(() => server!.syncRequests.length === 1);
    expect(server.syncRequests).toEqual([5]);
    expect(store.getState().connection).toBe('online');
  });

  it('never queues a command while offline: it answers UNREACHABLE at once', async () => {
    server = await startFakeServer();
    store = createKioskStore();
    conn = connectKiosk(store, 'token', server.url);
    await until(() => store.getState().connection === 'online');
    await server.close();
    server = null;
    await until(() => store.getState().connection === 'offline');
    const res = await conn.commands.issueTicket({
      requestId: 'req-00000001',
      laneId: 'A',
      businessTypeId: 'cash',
      priorityGroupId: null,
      vipIdentifier: null,
      vipProof: null,
    });
    expect(res).toEqual({ ok: false, code: 'UNREACHABLE' });
  });

  it('a refused device token shows as unpaired', async () => {
    server = await startFakeServer({ deny: true });
    store = createKioskStore();
    conn = connectKiosk(store, 'bad-token', server.url);
    await until(() => store.getState().connection === 'unpaired');
  });
});
