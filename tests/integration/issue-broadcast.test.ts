import type { PublicQueueEvent, StaffQueueEvent } from '@lobby/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recordEvents, startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';

/** Kiosk issues → the display gets the public projection, the counters the staff one. */
const CUSTOMER_FIELDS = [
  'vipTierId',
  'priorityGroupId',
  'notes',
  'redirects',
  'businessTypeId',
  'actorId',
  'reason',
  'vipVisit',
  'tellerId',
];

/**
 * Customer fields anywhere in a frame. The config (priority groups and VIP tiers by name) and
 * the forecast's new-ticket figures (one per kind of ticket a kiosk may issue, per lane,
 * priority group and VIP tier: no customer behind them) are not about anyone.
 */
function customerFieldsIn(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => customerFieldsIn(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(CUSTOMER_FIELDS.includes(k) && !path.startsWith('.config') ? [`${path}.${k}`] : []),
    ...(k === 'config' || k === 'newTickets' ? [] : customerFieldsIn(v, `${path}.${k}`)),
  ]);
}

describe('issue and broadcast', () => {
  let server: TestServer;
  let kiosk: LobbySocket;
  let display: LobbySocket;
  let teller: LobbySocket;
  let lobby: LobbySocket;

  beforeAll(async () => {
    server = await startTestServer();
    kiosk = await server.connect(server.deviceToken('kiosk'));
    display = await server.connect(server.deviceToken('display'));
    teller = await server.connect(await server.login('teller1'));
    lobby = await server.connect(await server.login('lobby'));
  });
  afterAll(async () => server?.close());

  test('the display gets the public projection and the counters the staff projection', async () => {
    const shown = recordEvents(display);
    const staff = recordEvents(teller);
    const issued = await server.command(kiosk, 'ticket:issue', {
      laneId: 'A',
      businessTypeId: 'wealth',
      priorityGroupId: 'elderly',
    });
    if (!issued.ok) throw new Error(issued.code);
    expect(issued.data).toMatchObject({
      laneId: 'A',
      businessTypeId: 'wealth',
      ahead: 0,
      ticket: { number: 'A001', status: 'waiting' },
    });
    expect(issued.data.mobilePath).toMatch(/^\/t\/[A-Za-z0-9_-]{22}$/);

    const pub = (await shown.waitFor((e) => e.type === 'ticket:issued')) as PublicQueueEvent;
    const stf = (await staff.waitFor((e) => e.type === 'ticket:issued')) as StaffQueueEvent;
    expect(pub.audience).toBe('public');
    expect(stf.audience).toBe('staff');
    expect(pub.seq).toBe(stf.seq);
    expect(pub.ticket).toEqual({
      id: issued.data.ticket.id,
      number: 'A001',
      laneId: 'A',
      status: 'waiting',
      counterId: null,
      calledAt: null,
    });
    expect(stf.ticket).toMatchObject({
      number: 'A001',
      businessTypeId: 'wealth',
      priorityGroupId: 'elderly',
      channel: 'kiosk',
    });
    expect(pub.lanes.find((l) => l.laneId === 'A')).toMatchObject({ waiting: 1, issuedToday: 1 });
  });

  test('a call reaches the display with the counter and the number, and no customer data in any public frame', async () => {
    const shown = recordEvents(display);
    const staffSide = recordEvents(lobby);
    await server.command(kiosk, 'ticket:issue', {
      laneId: 'K',
      businessTypeId: 'large-cash',
      priorityGroupId: 'pregnant',
    });
    expect((await server.command(teller, 'counter:signOn', { counterId: 'c1' })).ok).toBe(true);
    const called = await server.command(teller, 'counter:callNext', { counterId: 'c1' });
    expect(called).toMatchObject({ ok: true, data: { number: 'K001', status: 'called', counterId: 'c1' } });
    await server.command(lobby, 'ticket:addNote', {
      ticketId: (called as { data: { id: string } }).data.id,
      text: '需要复印件',
    });
    await server.command(teller, 'ticket:start', { counterId: 'c1' });
    await server.command(teller, 'ticket:suspend', { counterId: 'c1', note: '材料不全' });

    const call = await shown.waitFor((e) => e.type === 'ticket:called');
    expect(call.call).toMatchObject({ number: 'K001', counterId: 'c1', counterNumber: 1, recall: 0 });
    expect(call.counter).toMatchObject({ id: 'c1', currentNumber: 'K001' });
    await shown.waitFor((e) => e.type === 'ticket:suspended');
    const snapshot = await server.command(display, 'snapshot:get', {});
    const frames: unknown[] = [...shown.events, snapshot];
    for (const frame of frames) expect(customerFieldsIn(frame)).toEqual([]);
    // The same frames on the staff side do carry those fields: the check above can fail.
    await staffSide.waitFor((e) => e.type === 'ticket:suspended');
    expect(customerFieldsIn(staffSide.events)).toEqual(
      expect.arrayContaining([expect.stringMatching(/priorityGroupId$/), expect.stringMatching(/notes$/)]),
    );
    expect(shown.events.every((e) => e.audience === 'public')).toBe(true);
  });
});
