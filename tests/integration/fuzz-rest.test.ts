import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { badPayload, rowCounts, typedRefusal } from './fuzz-support.ts';

/**
 * Every REST route (auth, mobile ticket, integrator v1, admin, reports, KPI, complaints)
 * with garbage bodies, broken JSON, wrong content types, hostile path parameters and query
 * strings, from every kind of caller (none, a forged token, each role): never a 5xx, every
 * refusal a typed `{ok:false, code}` with a 4xx, the server alive, and nothing written.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
type Caller = 'none' | 'forged' | 'teller' | 'lobby' | 'admin' | 'kiosk' | 'display';
const CALLERS: Caller[] = ['none', 'forged', 'teller', 'lobby', 'admin', 'kiosk', 'display'];

interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** Callers whose request may legitimately write or succeed whatever the body (left out here). */
  skip?: Caller[];
  /** A write that is a no-op without a session (logout) may answer ok. */
  okWithoutEffect?: boolean;
}

const ROUTES: Route[] = [
  { method: 'POST', path: '/auth/login' },
  // A real token would end that session; only forged/absent ones are fuzzed here.
  {
    method: 'POST',
    path: '/auth/logout',
    skip: ['teller', 'lobby', 'admin', 'kiosk', 'display'],
    okWithoutEffect: true,
  },
  { method: 'GET', path: '/auth/me' },
  { method: 'GET', path: '/tickets/:p' },
  { method: 'POST', path: '/v1/tickets' },
  { method: 'GET', path: '/v1/tickets/:p' },
  { method: 'GET', path: '/v1/queue' },
  { method: 'GET', path: '/admin/config' },
  { method: 'PUT', path: '/admin/config' },
  { method: 'GET', path: '/admin/devices' },
  { method: 'POST', path: '/admin/devices' },
  { method: 'POST', path: '/admin/devices/:p/revoke' },
  // The purge takes no body: for an admin it is a legitimate write.
  { method: 'POST', path: '/admin/retention/purge', skip: ['admin'] },
  { method: 'GET', path: '/admin/staff' },
  { method: 'POST', path: '/admin/staff' },
  { method: 'PATCH', path: '/admin/staff/:p' },
  { method: 'POST', path: '/admin/staff/:p/password' },
  { method: 'POST', path: '/admin/vip/import' },
  { method: 'GET', path: '/admin/vip/summary' },
  { method: 'GET', path: '/admin/audit' },
  { method: 'GET', path: '/admin/kpi' },
  { method: 'POST', path: '/admin/kpi/adjustments' },
  { method: 'GET', path: '/complaints' },
  { method: 'POST', path: '/complaints' },
  { method: 'GET', path: '/complaints/export.xlsx' },
  { method: 'GET', path: '/complaints/:p' },
  { method: 'POST', path: '/complaints/:p/actions' },
  { method: 'GET', path: '/complaints-overdue' },
  { method: 'GET', path: '/evaluator/teller' },
  { method: 'GET', path: '/reports/today' },
  { method: 'GET', path: '/reports' },
  { method: 'GET', path: '/reports/export.xlsx' },
  // Appointments, phone tickets, reminders (the public page needs no token), text messages, webhooks.
  { method: 'GET', path: '/public/catalogue' },
  { method: 'GET', path: '/public/slots' },
  { method: 'POST', path: '/public/verifications' },
  { method: 'POST', path: '/public/bookings' },
  { method: 'GET', path: '/public/bookings/:p' },
  { method: 'POST', path: '/public/bookings/:p/cancel' },
  { method: 'POST', path: '/public/remote-tickets' },
  { method: 'POST', path: '/public/arrivals' },
  { method: 'GET', path: '/public/push-key' },
  { method: 'POST', path: '/tickets/:p/push' },
  { method: 'DELETE', path: '/tickets/:p/push' },
  { method: 'GET', path: '/bookings' },
  { method: 'GET', path: '/v1/slots' },
  { method: 'POST', path: '/v1/bookings' },
  { method: 'POST', path: '/v1/bookings/:p/cancel' },
  { method: 'GET', path: '/v1/bookings' },
  { method: 'GET', path: '/admin/messaging' },
  { method: 'PUT', path: '/admin/messaging' },
  { method: 'GET', path: '/admin/messages' },
  { method: 'GET', path: '/admin/poster' },
  // Rotating takes no body: for an admin it is a legitimate write.
  { method: 'POST', path: '/admin/poster/rotate', skip: ['admin'] },
  { method: 'GET', path: '/admin/webhooks' },
  { method: 'POST', path: '/admin/webhooks' },
  { method: 'PATCH', path: '/admin/webhooks/:p' },
  { method: 'DELETE', path: '/admin/webhooks/:p' },
  { method: 'GET', path: '/admin/webhooks/deliveries' },
  { method: 'POST', path: '/admin/webhooks/deliveries/:p/retry' },
  { method: 'GET', path: '/no/such/route' },
  { method: 'POST', path: '/no/such/route' },
];

let server: TestServer;
const tokens = new Map<Caller, string>();

beforeAll(async () => {
  server = await startTestServer();
  for (const user of ['teller', 'lobby', 'admin'] as const)
    tokens.set(user, await server.login(user === 'teller' ? 'teller1' : user));
  tokens.set('kiosk', server.deviceToken('kiosk'));
  tokens.set('display', server.deviceToken('display'));
  tokens.set('forged', 'dGhpcy1pcy1ub3QtYS10b2tlbg');
});
afterAll(async () => {
  await server?.close();
});

const param = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.constantFrom('..', '%00', 'c2', 'tkt_x', "1' OR '1'='1", '__proto__', 'x'.repeat(3000)),
);
const query = fc.dictionary(
  fc.constantFrom(
    'from',
    'to',
    'date',
    'month',
    'laneId',
    'counterId',
    'limit',
    'offset',
    'status',
    'format',
    'tellerId',
    'businessTypeId',
  ),
  fc.string({ maxLength: 30 }),
  { maxKeys: 4 },
);
const body = fc.oneof(
  { weight: 4, arbitrary: badPayload.map((b) => ({ type: 'application/json', text: JSON.stringify(b) ?? 'null' })) },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 200 }).map((s) => ({ type: 'application/json', text: `{"broken": ${s}` })),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((s) => ({ type: 'text/plain', text: s })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((s) => ({ type: 'text/csv', text: s })) },
);

async function call(
  route: Route,
  caller: Caller,
  p: string,
  q: Record<string, string>,
  b: { type: string; text: string },
): Promise<{ status: number; type: string; json: unknown }> {
  const path = route.path.replace(':p', encodeURIComponent(p));
  const search = new URLSearchParams(q).toString();
  const headers: Record<string, string> = {};
  const token = tokens.get(caller);
  if (token) headers.authorization = `Bearer ${token}`;
  let payload: string | undefined;
  if (route.method !== 'GET') {
    headers['content-type'] = b.type;
    payload = b.text;
  }
  const res = await fetch(`${server.url}/api${path}${search ? `?${search}` : ''}`, {
    method: route.method,
    headers,
    body: payload,
  });
  const type = res.headers.get('content-type') ?? '';
  const json: unknown = type.includes('application/json') ? await res.json() : (await res.arrayBuffer(), null);
  return { status: res.status, type, json };
}

test.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
  '%s: garbage from every caller → typed 4xx or a read, nothing written',
  async (_label, route) => {
    const before = { seq: server.app.ctx.queue.lastSeq, rows: rowCounts(server.dataDir) };
    const callers = CALLERS.filter((c) => !(route.skip ?? []).includes(c));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...callers), param, query, body, async (caller, p, q, b) => {
        const res = await call(route, caller, p, q, b);
        const where = `${caller} ${route.method} ${route.path} p=${p.slice(0, 40)} body=${b.text.slice(0, 120)} → ${res.status} ${JSON.stringify(res.json)?.slice(0, 200)}`;
        expect(res.status, where).toBeLessThan(500);
        if (res.status >= 300) {
          expect(res.status, where).toBeGreaterThanOrEqual(400);
          expect(typedRefusal(res.json), where).toBeNull();
        } else {
          // Success is only acceptable for reads (and no-op logouts): a garbage write must never be accepted.
          expect(route.method === 'GET' || route.okWithoutEffect === true, where).toBe(true);
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { seq: number }).seq).toBe(before.seq);
    expect(rowCounts(server.dataDir)).toEqual(before.rows);
  },
);

test('an oversized body is refused with a typed 4xx and the server stays up', async () => {
  const res = await fetch(`${server.url}/api/v1/tickets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens.get('kiosk')!}`, 'content-type': 'application/json' },
    body: JSON.stringify({ laneId: 'A', businessTypeId: 'x'.repeat(3_000_000) }),
  });
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(typedRefusal(await res.json())).toBeNull();
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
});
