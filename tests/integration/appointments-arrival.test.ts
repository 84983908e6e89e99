import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingCustomerView, IssuedTicket, MobileTicketView } from '@lobby/shared';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/fake-sms-gateway.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { api } from './admin-api-support.ts';
import { bookOnline, publicCall, useFakeGateway, verifiedCode } from './appointments-support.ts';

/**
 * Arrival: a booked customer checks in at the kiosk (by code, QR or phone) and gets a ticket
 * with the on-time head start, or as a walk-in when late; reminders by text when few are
 * ahead and when called; phone tickets with the per-phone limit, activated by the hall poster
 * or the kiosk; unattended bookings become missed after the date.
 */
const at = (iso: string) => Date.parse(iso);
const MIN = 60_000;
const SLOT_1030 = at('2026-11-24T10:30:00+08:00');

describe('appointments: arrival', () => {
  let server: TestServer;
  let gateway: FakeSmsGateway;
  let kiosk: LobbySocket;
  let teller: LobbySocket;
  let booked: BookingCustomerView;
  let late: BookingCustomerView;

  beforeAll(async () => {
    gateway = await startFakeSmsGateway();
    server = await startTestServer({
      config: (c) => ({
        ...c,
        appointments: { ...c.appointments, types: c.appointments.types.map((t) => ({ ...t, cutoffMin: 0 })) },
      }),
      deps: { publicRateLimit: { codesPerIp: 1000, writesPerIp: 1000, windowSec: 60 } },
    });
    await useFakeGateway(server, gateway);
    kiosk = await server.connect(server.deviceToken('kiosk'));
    teller = await server.connect(await server.login('teller2'));
    booked = (await bookOnline(server, gateway, '13800001111', 'open-account', SLOT_1030)).body.data!;
    late = (await bookOnline(server, gateway, '13800002222', 'open-account', SLOT_1030)).body.data!;
  });
  afterAll(async () => {
    await server?.close();
    await gateway?.close();
  });

  const issueWalkIn = async () => {
    const ack = await server.command(kiosk, 'ticket:issue', {
      laneId: 'A',
      businessTypeId: 'cash',
      priorityGroupId: null,
      vipIdentifier: null,
    });
    if (!ack.ok) throw new Error(ack.code);
    return ack.data;
  };

  it('too early: refused with the time check-in opens', async () => {
    const found = await server.command(kiosk, 'arrival:find', { query: booked.code });
    expect(found.ok && found.data.bookings).toEqual([
      expect.objectContaining({ code: booked.code, arrival: 'early', checkInFrom: SLOT_1030 - 15 * MIN }),
    ]);
    const id = found.ok ? found.data.bookings[0]!.id : '';
    const refused = await server.command(kiosk, 'booking:checkIn', { bookingId: id });
    expect(refused).toMatchObject({ ok: false, code: 'CHECK_IN_TOO_EARLY', message: '10:15' });
  });

  it('on time: a ticket in the booking’s lane ahead of walk-ins, a text when near and when called', async () => {
    server.clock.advance(10 * MIN);
    const walkIns = [await issueWalkIn(), await issueWalkIn(), await issueWalkIn()];
    server.clock.advance(10 * MIN);
    // Scanning the booking page's QR code gives the kiosk the page's address.
    const found = await server.command(kiosk, 'arrival:find', { query: `https://branch.example${booked.managePath}` });
    if (!found.ok) throw new Error(found.code);
    expect(found.data.bookings[0]).toMatchObject({ arrival: 'on_time' });
    const checked = await server.command(kiosk, 'booking:checkIn', { bookingId: found.data.bookings[0]!.id });
    if (!checked.ok) throw new Error(checked.code);
    expect(checked.data.punctuality).toBe('on_time');
    expect(checked.data.issued).toMatchObject({ laneId: 'A', businessTypeId: 'open-account', ahead: 0 });
    const page = await publicCall<MobileTicketView>(
      server,
      'GET',
      `/tickets/${checked.data.issued.mobilePath.slice(3)}`,
    );
    expect((page.body as unknown as MobileTicketView).appointment).toEqual({ slotStart: SLOT_1030, onTime: true });
    const again = await server.command(kiosk, 'booking:checkIn', { bookingId: found.data.bookings[0]!.id });
    expect(again).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    const bookingPage = await publicCall<BookingCustomerView>(
      server,
      'GET',
      `/public/bookings/${booked.managePath.slice(3)}`,
    );
    expect(bookingPage.body.data).toMatchObject({ status: 'checked_in', ticketPath: checked.data.issued.mobilePath });

    await gateway.waitFor((m) => m.kind === 'turn_near' && m.mobile === '13800001111');
    expect((await server.command(teller, 'counter:signOn', { counterId: 'c2' })).ok).toBe(true);
    const call = await server.command(teller, 'counter:callNext', { counterId: 'c2' });
    expect(call.ok && call.data.id).toBe(checked.data.issued.ticket.id);
    const called = await gateway.waitFor((m) => m.kind === 'called' && m.mobile === '13800001111');
    expect(called.content).toContain('2号窗口');
    expect(walkIns.every((w) => w.ticket.status === 'waiting')).toBe(true);
  });

  it('late: a walk-in’s ticket, and the kiosk is told so', async () => {
    server.clock.advance(21 * MIN); // 10:41, past 10:30 + 10 min
    const found = await server.command(kiosk, 'arrival:find', { query: '138-0000-2222' });
    if (!found.ok) throw new Error(found.code);
    expect(found.data.bookings).toEqual([expect.objectContaining({ code: late.code, arrival: 'late' })]);
    // A walk-in is told the forecast's figure for a new ticket: the one made after the last commit.
    await server.forecastSettled();
    const checked = await server.command(kiosk, 'booking:checkIn', { bookingId: found.data.bookings[0]!.id });
    if (!checked.ok) throw new Error(checked.code);
    expect(checked.data.punctuality).toBe('late');
    // Three walk-ins who waited 40 minutes stay ahead of a late arrival.
    expect(checked.data.issued.ahead).toBe(3);
  });

  it('phone tickets: limited per phone, activated by the hall poster or at the kiosk', async () => {
    const take = async () => {
      server.clock.advance(61_000);
      const v = await verifiedCode(server, gateway, '13900003333', 'remote');
      return publicCall<IssuedTicket>(server, 'POST', '/public/remote-tickets', {
        ...v,
        laneId: 'A',
        businessTypeId: 'cash',
      });
    };
    const first = await take();
    expect(first.status).toBe(201);
    const second = await take();
    expect(second.status).toBe(201);
    expect((await take()).body.code).toBe('REMOTE_LIMIT_REACHED');
    const kTicket = await verifiedCode(server, gateway, '13900004444', 'remote');
    const fast = await publicCall(server, 'POST', '/public/remote-tickets', {
      ...kTicket,
      laneId: 'K',
      businessTypeId: 'passbook',
    });
    expect(fast.body.code).toBe('REMOTE_QUEUE_CLOSED');

    const token1 = first.body.data!.mobilePath.slice(3);
    const view = await publicCall<MobileTicketView>(server, 'GET', `/tickets/${token1}`);
    expect((view.body as unknown as MobileTicketView).remote).toEqual({
      activated: false,
      lapsesAt: null,
      lapsed: false,
    });
    const admin = await server.login('admin');
    const poster = await api<{ path: string }>(server, admin, 'GET', '/admin/poster');
    const key = poster.body.data!.path.slice('/hall/'.length);
    const wrong = await publicCall(server, 'POST', '/public/arrivals', { posterKey: 'not-the-key', tokens: [token1] });
    expect(wrong.status).toBe(403);
    const arrived = await publicCall<{ tickets: { activated: boolean }[] }>(server, 'POST', '/public/arrivals', {
      posterKey: key,
      tokens: [token1],
    });
    expect(arrived.body.data!.tickets).toEqual([expect.objectContaining({ activated: true, status: 'waiting' })]);

    // The second one at the kiosk, by the phone number.
    const found = await server.command(kiosk, 'arrival:find', { query: '13900003333' });
    if (!found.ok) throw new Error(found.code);
    const pending = found.data.remoteTickets.find((t) => !t.activated)!;
    expect(pending.id).toBe(second.body.data!.ticket.id);
    const activated = await server.command(kiosk, 'ticket:activate', { ticketId: pending.id });
    expect(activated.ok).toBe(true);

    // A rotated poster no longer activates.
    const rotated = await api<{ path: string }>(server, admin, 'POST', '/admin/poster/rotate');
    expect(rotated.body.data!.path).not.toBe(poster.body.data!.path);
    const stale = await publicCall(server, 'POST', '/public/arrivals', { posterKey: key, tokens: [token1] });
    expect(stale.status).toBe(403);
  });

  it('an arrival nobody booked is not found; garbage is a typed refusal', async () => {
    expect(await server.command(kiosk, 'arrival:find', { query: '999999' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await server.command(kiosk, 'arrival:find', { query: 'hello world' })).toMatchObject({
      ok: false,
      code: 'INVALID_PAYLOAD',
    });
    const display = await server.connect(server.deviceToken('display'));
    expect(await server.command(display, 'arrival:find', { query: '999999' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('a booking nobody came for is missed once the date is over', async () => {
    server.clock.advance(60_000);
    const tomorrow = await bookOnline(server, gateway, '13700005555', 'open-account', at('2026-11-25T09:00:00+08:00'));
    expect(tomorrow.status).toBe(201);
    server.clock.advance(24 * 60 * MIN); // Wednesday 11:03: the booking's day has begun, not ended
    await new Promise((r) => setTimeout(r, 600));
    const lobby = await server.login('lobby');
    const wed = await api<{ status: string }[]>(server, lobby, 'GET', '/bookings?date=2026-11-25');
    expect(wed.body.data!.map((b) => b.status)).toEqual(['booked']);
    server.clock.advance(24 * 60 * MIN);
    const later = await server.login('lobby'); // a day on, the first session has expired
    await expect
      .poll(async () => (await api<{ status: string }[]>(server, later, 'GET', '/bookings?date=2026-11-25')).body.data)
      .toEqual([expect.objectContaining({ status: 'missed' })]);
  });
});
