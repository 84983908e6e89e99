import type { StaffQueueEvent } from '@lobby/shared';
import { afterEach, expect, test } from 'vitest';
import { recordEvents, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const HOUR = 3_600_000;

test('the scheduled day close ends open tickets, then numbering restarts on the next date', async () => {
  // 23:49 in Shanghai: the demo branch stops issuing at 23:50 and closes the day at 23:55.
  server = await startTestServer({ startAt: '2026-11-24T23:49:00+08:00' });
  const kiosk = await server.connect(server.deviceToken('kiosk'));
  const lobby = recordEvents(await server.connect(await server.login('lobby')));
  expect((await server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' })).ok).toBe(true);
  server.clock.advance(6.5 * 60_000);
  const closed = (await lobby.waitFor((e) => e.type === 'day:closed')) as StaffQueueEvent;
  expect(closed.businessDate).toBe('2026-11-24');
  expect(closed.ticket).toMatchObject({ number: 'A001', status: 'cancelled', outcome: 'closed_at_day_end' });
  const row = server.app.ctx.db.prepare("SELECT status FROM tickets WHERE number = 'A001'").get();
  expect(row).toEqual({ status: 'cancelled' });

  server.clock.advance(HOUR);
  await lobby.waitFor((e) => e.type === 'day:opened');
  const issued = await server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });
  expect(issued).toMatchObject({ ok: true, data: { ticket: { number: 'A001' } } });
  expect(server.app.ctx.queue.current.businessDate).toBe('2026-11-25');
  // A client still on the old date gets a snapshot, not a replay.
  const sync = await server.command(kiosk, 'sync:request', { sinceSeq: closed.seq - 1 });
  expect(sync.ok && sync.data.kind).toBe('snapshot');
});

test('a server that was down over the day close closes the old date on the first command after start', async () => {
  server = await startTestServer({ startAt: '2026-11-24T15:00:00+08:00' });
  const kiosk = await server.connect(server.deviceToken('kiosk'));
  const teller = await server.connect(await server.login('teller1'));
  await server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });
  await server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });
  await server.command(teller, 'counter:signOn', { counterId: 'c2' });
  await server.command(teller, 'counter:callNext', { counterId: 'c2' });
  kiosk.disconnect();
  teller.disconnect();
  // "Down" overnight: the clock jumps to the next morning before the restart.
  server.clock.advance(18 * HOUR);
  await server.restart();
  const lobby = await server.connect(await server.login('lobby'));
  const snap = await server.command(lobby, 'snapshot:get', {});
  expect(snap).toMatchObject({ ok: true, data: { businessDate: '2026-11-25', tickets: [] } });
  const rows = server.app.ctx.db
    .prepare(
      "SELECT number, status, json_extract(data, '$.outcome') AS outcome FROM tickets WHERE business_date = '2026-11-24' ORDER BY number",
    )
    .all();
  expect(rows).toEqual([
    { number: 'A001', status: 'cancelled', outcome: 'closed_at_day_end' },
    { number: 'A002', status: 'cancelled', outcome: 'closed_at_day_end' },
  ]);
  const closedEvent = server.app.ctx.db.prepare("SELECT business_date FROM event_log WHERE type = 'day:closed'").get();
  expect(closedEvent).toEqual({ business_date: '2026-11-24' });
});
