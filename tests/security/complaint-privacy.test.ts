import { afterAll, beforeAll, expect, test } from 'vitest';
import { api } from '../integration/admin-api-support.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { ProbeTally } from './support/probe-tally.ts';

/**
 * Finding 2: GET /api/complaints-overdue answered any token, so kiosks, displays and
 * evaluators received a complaint's text (with a customer's name) and its counter.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const SUMMARY = '客户张三投诉柜员态度差';

let server: TestServer;
const tally = new ProbeTally(import.meta.filename);

beforeAll(async () => {
  server = await startTestServer();
  const admin = await server.login('admin');
  const created = await api(server, admin, 'POST', '/complaints', {
    source: 'counter',
    category: 'attitude',
    severity: 'minor',
    summary: SUMMARY,
    counterId: 'c2',
  });
  expect(created.status).toBe(200);
  // Past the first-response clock: the complaint is overdue.
  server.clock.advance(8 * DAY_MS + 60_000);
});
afterAll(async () => {
  tally.report();
  await server?.close();
});

async function overdueAs(token: string | null) {
  const res = await fetch(`${server.url}/api/complaints-overdue`, {
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
  return { status: res.status, text: await res.text() };
}

test('public devices and anonymous callers get no complaint from the overdue list', async () => {
  const callers: [string, string | null][] = [
    ['anonymous', null],
    ['kiosk', server.deviceToken('kiosk')],
    ['display', server.deviceToken('display')],
    ['evaluator', server.deviceToken('evaluator', 'c2')],
  ];
  for (const [who, token] of callers) {
    const res = await overdueAs(token);
    const refused = res.status === (token === null ? 401 : 403) && !res.text.includes(SUMMARY.slice(0, 6));
    tally.record('complaints-overdue from a public device', refused);
    expect(res.status, who).toBe(token === null ? 401 : 403);
    expect(res.text, who).not.toContain(SUMMARY.slice(0, 6));
    expect(JSON.parse(res.text), who).toMatchObject({
      ok: false,
      code: token === null ? 'UNAUTHENTICATED' : 'FORBIDDEN',
    });
  }
});

test('staff still see the overdue complaint', async () => {
  for (const user of ['admin', 'lobby', 'teller1']) {
    const res = await overdueAs(await server.login(user));
    expect(res.status, user).toBe(200);
    expect(res.text, user).toContain(SUMMARY.slice(0, 6));
  }
});
