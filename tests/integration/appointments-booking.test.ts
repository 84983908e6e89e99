import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingCatalogue, BookingCustomerView, BookingDayView, IntegratorBooking } from '@lobby/shared';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/fake-sms-gateway.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { api } from './admin-api-support.ts';
import { bookOnline, publicCall, useFakeGateway, verifiedCode } from './appointments-support.ts';

/**
 * Booking from the public page and through the integrator API: verification by text message
 * (through the HTTP adapter, signed, to a fake gateway), capacity, one booking per phone per
 * business type per day, idempotent integrator calls, cancellation, and no phone number on any
 * public surface or in the event log.
 */
const at = (iso: string) => Date.parse(iso);
const TOMORROW_0930 = at('2026-11-25T09:30:00+08:00');
/** Every number this file books with. */
const PHONES = [
  '13800000001',
  '13800000002',
  '13900000003',
  '13900000004',
  '13900000005',
  '13900000006',
  '13700000007',
  '13600000008',
  '13500000009',
];

describe('appointments: booking', () => {
  let server: TestServer;
  let gateway: FakeSmsGateway;
  let kiosk: string;

  beforeAll(async () => {
    gateway = await startFakeSmsGateway();
    server = await startTestServer({
      deps: { publicRateLimit: { codesPerIp: 1000, writesPerIp: 1000, windowSec: 60 } },
    });
    kiosk = server.deviceToken('kiosk');
  });
  afterAll(async () => {
    await server?.close();
    await gateway?.close();
  });

  it('offers no booking from the page until a text-message gateway is set up', async () => {
    const cat = await publicCall<BookingCatalogue>(server, 'GET', '/public/catalogue');
    expect(cat.body.data).toMatchObject({ appointments: true, messaging: false, remoteQueue: true });
    const res = await publicCall(server, 'POST', '/public/verifications', { phone: '13800000001', purpose: 'booking' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('MESSAGING_UNAVAILABLE');
    await useFakeGateway(server, gateway);
    const admin = await server.login('admin');
    const settings = await api<Record<string, unknown>>(server, admin, 'GET', '/admin/messaging');
    expect(settings.body.data).toMatchObject({ enabled: true, hasSecret: true });
    expect(JSON.stringify(settings.body)).not.toContain('fake-sms-gateway-signing-secret');
  });

  it('lists bookable types with their materials and days, and the slots left', async () => {
    const cat = await publicCall<BookingCatalogue>(server, 'GET', '/public/catalogue');
    const open = cat.body.data!.types.find((t) => t.businessTypeId === 'open-account')!;
    expect(open.materials.length).toBeGreaterThan(0);
    // Tuesday: a week ahead, weekdays only.
    expect(open.days).toEqual(['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01']);
    const day = await publicCall<BookingDayView>(
      server,
      'GET',
      '/public/slots?businessTypeId=open-account&date=2026-11-24',
    );
    const first = day.body.data!.slots[0]!;
    expect(first).toMatchObject({ start: at('2026-11-24T09:00:00+08:00'), capacity: 3, left: 3, open: false });
    // 10:00 now, an hour's cut-off: 11:00 closed, 11:30 open.
    const byStart = new Map(day.body.data!.slots.map((s) => [s.start, s.open]));
    expect(byStart.get(at('2026-11-24T11:00:00+08:00'))).toBe(false);
    expect(byStart.get(at('2026-11-24T11:30:00+08:00'))).toBe(true);
    const bad = await publicCall(server, 'GET', '/public/slots?businessTypeId=cash&date=2026-11-24');
    expect(bad.body.code).toBe('SLOT_UNAVAILABLE');
  });

  it('books with the code from the text message, and sends the booking code', async () => {
    const wrong = await verifiedCode(server, gateway, '138 0000 0002', 'booking');
    const refused = await publicCall(server, 'POST', '/public/bookings', {
      verificationId: wrong.verificationId,
      code: wrong.code === '000000' ? '111111' : '000000',
      businessTypeId: 'open-account',
      slotStart: TOMORROW_0930,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('VERIFICATION_FAILED');
    const ok = await publicCall<BookingCustomerView>(server, 'POST', '/public/bookings', {
      ...wrong,
      businessTypeId: 'open-account',
      slotStart: TOMORROW_0930,
    });
    expect(ok.status).toBe(201);
    const booking = ok.body.data!;
    expect(booking).toMatchObject({ status: 'booked', businessDate: '2026-11-25', slotStart: TOMORROW_0930 });
    expect(booking.code).toMatch(/^\d{6}$/);
    expect(booking.checkInFrom).toBe(TOMORROW_0930 - 15 * 60_000);
    const sms = await gateway.waitFor((m) => m.kind === 'booking_confirmed' && m.mobile === '13800000002');
    expect(sms.content).toContain(booking.code);
    expect(sms.content).toContain(booking.managePath);
    expect(sms.content.startsWith('【示范银行】')).toBe(true);
    // The code held one booking: it cannot hold a second.
    const again = await publicCall(server, 'POST', '/public/bookings', {
      ...wrong,
      businessTypeId: 'large-cash',
      slotStart: TOMORROW_0930,
    });
    expect(again.body.code).toBe('VERIFICATION_EXPIRED');
    const page = await publicCall<BookingCustomerView>(
      server,
      'GET',
      `/public/bookings/${booking.managePath.slice(3)}`,
    );
    expect(page.body.data).toEqual(booking);
  });

  it('one active booking per phone per business type per day; a slot holds its capacity', async () => {
    server.clock.advance(61_000);
    const second = await bookOnline(server, gateway, '13800000002', 'open-account', TOMORROW_0930 + 30 * 60_000);
    expect(second.body.code).toBe('BOOKING_LIMIT_REACHED');
    server.clock.advance(61_000);
    const otherType = await bookOnline(
      server,
      gateway,
      '13800000002',
      'personal-loan',
      at('2026-11-25T10:00:00+08:00'),
    );
    expect(otherType.status).toBe(201);
    expect((await bookOnline(server, gateway, '13900000003', 'open-account', TOMORROW_0930)).status).toBe(201);
    expect((await bookOnline(server, gateway, '13900000004', 'open-account', TOMORROW_0930)).status).toBe(201);
    const full = await bookOnline(server, gateway, '13900000005', 'open-account', TOMORROW_0930);
    expect(full.body.code).toBe('SLOT_FULL');
    const day = await publicCall<BookingDayView>(
      server,
      'GET',
      '/public/slots?businessTypeId=open-account&date=2026-11-25',
    );
    expect(day.body.data!.slots.find((s) => s.start === TOMORROW_0930)).toMatchObject({ left: 0, open: false });
    const notASlot = await bookOnline(server, gateway, '13900000006', 'open-account', TOMORROW_0930 + 60_000);
    expect(notASlot.body.code).toBe('SLOT_UNAVAILABLE');
  });

  it('a new code for the same phone waits a minute', async () => {
    await verifiedCode(server, gateway, '13700000007', 'booking');
    const res = await publicCall<{ retryAfterSec: number }>(server, 'POST', '/public/verifications', {
      phone: '13700000007',
      purpose: 'booking',
    });
    expect(res.status).toBe(429);
    expect(res.body).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  });

  it('the customer cancels from the booking page and is told by text', async () => {
    server.clock.advance(61_000);
    const res = await bookOnline(server, gateway, '13600000008', 'open-account', TOMORROW_0930 + 60 * 60_000);
    const token = res.body.data!.managePath.slice(3);
    const cancelled = await publicCall<BookingCustomerView>(server, 'POST', `/public/bookings/${token}/cancel`);
    expect(cancelled.body.data!.status).toBe('cancelled');
    await gateway.waitFor((m) => m.kind === 'booking_cancelled' && m.mobile === '13600000008');
    const twice = await publicCall(server, 'POST', `/public/bookings/${token}/cancel`);
    expect(twice.body.code).toBe('INVALID_STATE');
    const unknown = await publicCall(server, 'GET', '/public/bookings/AAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.status).toBe(404);
  });

  it('integrators book, list and cancel idempotently, with the kiosk token', async () => {
    const body = {
      requestId: 'bank-app-req-0001',
      businessTypeId: 'corp-account',
      slotStart: at('2026-11-26T14:00:00+08:00'),
      phone: '+86 135 0000 0009',
    };
    const first = await api<IntegratorBooking>(server, kiosk, 'POST', '/v1/bookings', body);
    expect(first.status).toBe(201);
    const retry = await api<IntegratorBooking>(server, kiosk, 'POST', '/v1/bookings', body);
    expect(retry.body.data).toEqual(first.body.data);
    expect(first.body.data).toMatchObject({ channel: 'api', phoneTail: '0009', status: 'booked' });
    const list = await api<IntegratorBooking[]>(server, kiosk, 'GET', '/v1/bookings?date=2026-11-26');
    expect(list.body.data!.map((b) => b.id)).toEqual([first.body.data!.id]);
    const cancel = { requestId: 'bank-app-req-0002' };
    const c1 = await api<IntegratorBooking>(
      server,
      kiosk,
      'POST',
      `/v1/bookings/${first.body.data!.id}/cancel`,
      cancel,
    );
    const c2 = await api<IntegratorBooking>(
      server,
      kiosk,
      'POST',
      `/v1/bookings/${first.body.data!.id}/cancel`,
      cancel,
    );
    expect(c1.body.data!.status).toBe('cancelled');
    expect(c2.body).toEqual(c1.body);
    const lobby = await server.login('lobby');
    expect((await api(server, lobby, 'POST', '/v1/bookings', body)).status).toBe(403);
    const staffList = await api<{ phoneTail: string }[]>(server, lobby, 'GET', '/bookings?date=2026-11-25');
    expect(staffList.body.data!.length).toBeGreaterThanOrEqual(4);
  });

  it('never stores or shows a phone number in clear', async () => {
    const db = new Database(join(server.dataDir, 'lobby.sqlite3'), { readonly: true });
    try {
      const tables = (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
      ).map((t) => t.name);
      for (const table of tables) {
        const rows = JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all());
        for (const phone of PHONES) expect(rows, table).not.toContain(phone);
      }
    } finally {
      db.close();
    }
  });
});
