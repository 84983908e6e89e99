import type { QueueEvent, SyncResult } from '@lobby/shared';
import { afterEach, expect, test } from 'vitest';
import { recordEvents, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

test('after missing events, sync:request returns exactly the missed ones with no seq gap', async () => {
  server = await startTestServer();
  const kiosk = await server.connect(server.deviceToken('kiosk'));
  const displayToken = server.deviceToken('display');
  const display = await server.connect(displayToken);
  const seen = recordEvents(display);
  await server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });
  const last = await seen.waitFor((e) => e.type === 'ticket:issued');
  display.disconnect();

  const teller = await server.connect(await server.login('teller1'));
  await server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'remittance' });
  await server.command(teller, 'counter:signOn', { counterId: 'c2' });
  await server.command(teller, 'counter:callNext', { counterId: 'c2' });
  const head = server.app.ctx.queue.lastSeq;

  const back = await server.connect(displayToken);
  const sync = await server.command(back, 'sync:request', { sinceSeq: last.seq });
  if (!sync.ok || sync.data.kind !== 'events') throw new Error('expected events');
  const missed = sync.data.events;
  expect(missed.map((e) => e.seq)).toEqual(Array.from({ length: head - last.seq }, (_, i) => last.seq + 1 + i));
  expect(missed.map((e) => e.type)).toEqual(['ticket:issued', 'counter:signedOn', 'ticket:called']);
  expect(missed.every((e) => e.audience === 'public')).toBe(true);
  expect(missed[2]!.counter).toMatchObject({ id: 'c2', currentNumber: 'A001' });

  // Nothing missed: an empty list, not a snapshot.
  const upToDate = await server.command(back, 'sync:request', { sinceSeq: head });
  expect(upToDate).toEqual({ ok: true, data: { kind: 'events', events: [] } });
  // A client "from the future" (server data reset) gets a snapshot.
  const ahead = await server.command(back, 'sync:request', { sinceSeq: head + 50 });
  expect(ahead.ok && ahead.data.kind).toBe('snapshot');
});

test('a client that missed more than 2000 events gets a snapshot', async () => {
  server = await startTestServer();
  const lobby = await server.connect(await server.login('lobby'));
  const ctx = server.app.ctx;
  const principal = { role: 'lobby' as const, id: 'stf_bulk', name: 'bulk', counterId: null };
  // Queued in one turn, the 2001 commands share one group commit (one fsync).
  await Promise.all(
    Array.from({ length: 2001 }, (_, i) =>
      ctx.queue.executeEngine(
        principal,
        null,
        { type: 'hall:broadcast', actorId: principal.id, messageId: `m${i}`, text: `n${i}`, speak: false },
        () => null,
      ),
    ),
  );
  const res = (await server.command(lobby, 'sync:request', { sinceSeq: 0 })) as { ok: true; data: SyncResult };
  expect(res.data.kind).toBe('snapshot');
  if (res.data.kind === 'snapshot') {
    expect(res.data.snapshot).toMatchObject({ audience: 'staff', seq: ctx.queue.lastSeq });
  }
});

test('a restarted server has the same tickets, counters and seq, and clients resync across it', async () => {
  server = await startTestServer();
  const kiosk = await server.connect(server.deviceToken('kiosk'));
  const teller = await server.connect(await server.login('teller2'));
  const events = recordEvents(teller);
  for (const [laneId, businessTypeId] of [
    ['A', 'cash'],
    ['B', 'bills'],
    ['V', 'vip-service'],
  ] as const) {
    await server.command(kiosk, 'ticket:issue', { laneId, businessTypeId });
  }
  await server.command(teller, 'counter:signOn', { counterId: 'c6' });
  const called = await server.command(teller, 'counter:callNext', { counterId: 'c6' });
  expect(called.ok).toBe(true);
  await server.command(teller, 'ticket:start', { counterId: 'c6' });
  const before = await server.command(teller, 'snapshot:get', {});
  const seqBefore = server.app.ctx.queue.lastSeq;
  if (!before.ok || before.data.audience !== 'staff') throw new Error('staff snapshot expected');

  // The old sockets reconnect by themselves to the same port.
  const ready = (s: typeof teller) => new Promise<void>((resolve) => s.once('session:ready', () => resolve()));
  const reconnected = Promise.all([ready(teller), ready(kiosk)]);
  await server.restart();
  expect(server.app.ctx.queue.lastSeq).toBe(seqBefore);
  await reconnected;
  const after = await server.command(teller, 'snapshot:get', {});
  if (!after.ok || after.data.audience !== 'staff') throw new Error('staff snapshot expected');
  const strip = (s: typeof before.data) => ({
    tickets: s.tickets,
    counters: s.counters.map((c) => ({ ...c, idleSince: c.idleSince })),
    seq: s.seq,
    // The forecast's figures are redone from the state after a restart, not stored.
    lanes: s.lanes.map((l) => ({ ...l, longestWaitMs: 0, estimate: null, ahead: null })),
  });
  expect(strip(after.data)).toEqual(strip(before.data));
  expect(after.data.counters.find((c) => c.id === 'c6')).toMatchObject({
    tellerId: expect.any(String),
    online: true,
    currentTicketId: (called as { data: { id: string } }).data.id,
  });

  // The sequence continues without a gap and numbering continues.
  const next = await server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });
  expect(next).toMatchObject({ ok: true, data: { ticket: { number: 'A002' } } });
  const e = await events.waitFor((x) => x.type === 'ticket:issued' && x.seq > seqBefore);
  expect(e.seq).toBe(seqBefore + 1);
  const seqs = (server.app.ctx.db.prepare('SELECT seq FROM event_log ORDER BY seq').all() as { seq: number }[]).map(
    (r) => r.seq,
  );
  expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  const all: QueueEvent[] = events.events;
  expect(all.length).toBeGreaterThan(0);
});
