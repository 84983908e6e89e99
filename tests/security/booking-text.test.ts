import type { BookingDayView } from '@lobby/shared';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/fake-sms-gateway.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { useFakeGateway } from '../integration/appointments-support.ts';
import { HOSTILE } from './support/hostile-text.ts';
import { request, type Probe } from './support/http.ts';
import { ProbeTally } from './support/probe-tally.ts';

/**
 * The booking page, the phone ticket and the integrator booking API (added after finding 9)
 * took any text for their business type, lane, poster key and tokens, and a phone number with
 * tabs, line breaks, a BOM or ideographic spaces inside. Each field now refuses finding 9's
 * hostile texts by its schema (400 INVALID_PAYLOAD, before any lookup or text message), and a
 * phone number is ASCII digits, spaces, dashes and +86 only.
 */
const HOSTILE_IDS: [string, string][] = [
  ...HOSTILE,
  ['zero-width space in an id', 'open-account\u200B'],
  ['right-to-left override before an id', '\u202Eopen-account'],
  ['NUL after an id', 'open-account\u0000'],
];
const HOSTILE_PHONES: [string, string][] = [
  ...HOSTILE,
  ['tabs inside', '138\t0013\t8000'],
  ['line break at the end', '13800138000\n'],
  ['BOM first', '\uFEFF13800138000'],
  ['ideographic spaces', '138\u30000013\u30008000'],
  ['no-break spaces', '138\u00A00013\u00A08000'],
  ['line separator', '138\u20280013 8000'],
  ['zero-width space first', '\u200B13800138000'],
  ['right-to-left override first', '\u202E13800138000'],
  ['full-width digits', '１３８００１３８０００'],
];
/** Well formed, so only the hostile field can be what is refused. */
const VERIFIED = { verificationId: 'probe-verification-0001', code: '123456' };
const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAA';

let server: TestServer;
let gateway: FakeSmsGateway;
let kiosk: string;
let admin: string;
let slotStart: number;
const tally = new ProbeTally(import.meta.filename);

beforeAll(async () => {
  gateway = await startFakeSmsGateway();
  server = await startTestServer({
    deps: { publicRateLimit: { codesPerIp: 10_000, writesPerIp: 10_000, windowSec: 60 } },
  });
  await useFakeGateway(server, gateway);
  kiosk = server.deviceToken('kiosk');
  admin = await server.login('admin');
  const day = await request(server, 'GET', '/api/v1/slots?businessTypeId=open-account&date=2026-11-25', {
    token: kiosk,
  });
  slotStart = (day.body as { data: BookingDayView }).data.slots.find((s) => s.open)!.start;
});
afterAll(async () => {
  tally.report();
  await server?.close();
  await gateway?.close();
});

function refusedAsInvalid(res: Probe): boolean {
  return res.status === 400 && (res.body as { code?: string }).code === 'INVALID_PAYLOAD';
}

async function probe(field: string, what: string, method: string, path: string, body: unknown, token?: string) {
  const res = await request(server, method, path, { token, body });
  tally.record(field, refusedAsInvalid(res));
  expect.soft({ status: res.status, body: res.body }, `${field}: ${what}`).toMatchObject({
    status: 400,
    body: { code: 'INVALID_PAYLOAD' },
  });
}

test('the public booking page and the phone ticket refuse hostile ids, keys and tokens', async () => {
  for (const [what, text] of HOSTILE_IDS) {
    const base = { ...VERIFIED, lang: 'zh' };
    await probe('booking: businessTypeId', what, 'POST', '/api/public/bookings', {
      ...base,
      businessTypeId: text,
      slotStart,
    });
    await probe('phone ticket: laneId', what, 'POST', '/api/public/remote-tickets', {
      ...base,
      laneId: text,
      businessTypeId: 'cash',
    });
    await probe('phone ticket: businessTypeId', what, 'POST', '/api/public/remote-tickets', {
      ...base,
      laneId: 'A',
      businessTypeId: text,
    });
    await probe('arrival: posterKey', what, 'POST', '/api/public/arrivals', { posterKey: text, tokens: [TOKEN] });
    await probe('arrival: tokens', what, 'POST', '/api/public/arrivals', { posterKey: TOKEN, tokens: [text] });
  }
});

test('the integrator booking API refuses hostile ids and request ids', async () => {
  for (const [what, text] of HOSTILE_IDS) {
    const body = { requestId: 'probe-request-0001', businessTypeId: text, slotStart, phone: '13800138000' };
    await probe('integrator booking: businessTypeId', what, 'POST', '/api/v1/bookings', body, kiosk);
    await probe('integrator cancel: requestId', what, 'POST', '/api/v1/bookings/b1/cancel', { requestId: text }, kiosk);
  }
});

test('a phone number is ASCII digits, spaces, dashes and +86: nothing else reaches the gateway', async () => {
  for (const [what, phone] of HOSTILE_PHONES) {
    await probe('verification: phone', what, 'POST', '/api/public/verifications', { phone, purpose: 'booking' });
    const body = { requestId: 'probe-request-0002', businessTypeId: 'open-account', slotStart, phone };
    await probe('integrator booking: phone', what, 'POST', '/api/v1/bookings', body, kiosk);
  }
  expect(gateway.received).toEqual([]);
  // The same number as people type it is taken, so the refusals above are the characters'.
  const typed = await request(server, 'POST', '/api/public/verifications', {
    body: { phone: '+86 138-0013 8000', purpose: 'booking' },
  });
  expect(typed.status).toBe(201);
  const booked = await request(server, 'POST', '/api/v1/bookings', {
    token: kiosk,
    body: { requestId: 'probe-request-0003', businessTypeId: 'open-account', slotStart, phone: ' 139 0000 0001 ' },
  });
  expect(booked).toMatchObject({ status: 201, body: { data: { phoneTail: '0001', status: 'booked' } } });
});

test('a webhook endpoint’s description refuses hostile text; invisible-only text is stored as none', async () => {
  for (const [what, text] of HOSTILE) {
    const body = { url: 'https://integrator.example/hook', events: ['ticket:issued'], description: text };
    if (!what.endsWith(' only')) {
      await probe('webhook description', what, 'POST', '/api/admin/webhooks', body, admin);
      continue;
    }
    // An optional text: nothing visible is no description, never the invisible characters.
    const res = await request(server, 'POST', '/api/admin/webhooks', { token: admin, body });
    const stored = (res.body as { data?: { endpoint: { description: string } } }).data?.endpoint.description;
    tally.record('webhook description', stored === '');
    expect.soft({ status: res.status, stored }, what).toEqual({ status: 201, stored: '' });
  }
});
