import type { PublicQueueEvent, StaffQueueEvent } from '@lobby/shared';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { recordEvents, startTestServer, type TestServer } from '../support/server.ts';

/** Issue 19.17: while its teller is in a VIP room the counter is 暂离 on every screen and takes no calls. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

test('accepting a VIP-room call makes the counter away until the visit finishes', async () => {
  const lobby = await server.connect(await server.login('lobby'));
  const staff = recordEvents(lobby);
  const display = recordEvents(await server.connect(server.deviceToken('display')));
  const kiosk = await server.connect(server.deviceToken('kiosk'));
  const teller = await server.connect(await server.login('teller1'));
  expect((await server.command(teller, 'counter:signOn', { counterId: 'c2' })).ok).toBe(true);
  expect((await server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' })).ok).toBe(true);
  const me = await fetch(`${server.url}/api/auth/me`, {
    headers: { authorization: `Bearer ${await server.login('teller1')}` },
  });
  const tellerId = ((await me.json()) as { id: string }).id;

  const started = await server.command(lobby, 'vipVisit:start', { roomId: 'room1', ticketId: null, note: '' });
  if (!started.ok) throw new Error(started.code);
  const visitId = started.data.id;
  expect((await server.command(lobby, 'vipVisit:page', { visitId, staffId: tellerId })).ok).toBe(true);
  expect((await server.command(teller, 'vipVisit:accept', { visitId })).ok).toBe(true);

  const paused = (await staff.waitFor((e) => e.type === 'counter:paused' && e.counter?.id === 'c2')) as StaffQueueEvent;
  expect(paused.counter).toMatchObject({ status: 'paused', pauseReason: 'vipRoom' });
  const shown = (await display.waitFor(
    (e) => e.type === 'counter:paused' && e.counter?.id === 'c2',
  )) as PublicQueueEvent;
  expect(shown.counter).toMatchObject({ status: 'paused', away: true });
  expect(await server.command(teller, 'counter:callNext', { counterId: 'c2' })).toEqual({
    ok: false,
    code: 'COUNTER_AWAY',
  });
  expect(await server.command(lobby, 'counter:resume', { counterId: 'c2' })).toEqual({
    ok: false,
    code: 'COUNTER_AWAY',
  });

  expect((await server.command(teller, 'vipVisit:finish', { visitId })).ok).toBe(true);
  const back = (await display.waitFor(
    (e) => e.type === 'counter:resumed' && e.counter?.id === 'c2',
  )) as PublicQueueEvent;
  expect(back.counter).toMatchObject({ status: 'open', away: false });
  expect(await server.command(teller, 'counter:callNext', { counterId: 'c2' })).toMatchObject({ ok: true });
});
