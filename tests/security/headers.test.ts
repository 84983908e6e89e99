import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { ProbeTally } from './support/probe-tally.ts';
import { rawRequest } from './support/raw-http.ts';

/**
 * Finding 10: staff APIs and exports could be kept by a browser or proxy cache; the CSP
 * let pages connect to any ws:/wss: host; /socket.io answers carried none of helmet's
 * headers; no Permissions-Policy.
 */
let server: TestServer;
let admin: string;
const tally = new ProbeTally(import.meta.filename);

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
});
afterAll(async () => {
  tally.report();
  await server?.close();
});

const STAFF_READS = [
  '/api/auth/me',
  '/api/admin/config',
  '/api/admin/staff',
  '/api/admin/devices',
  '/api/admin/audit?from=2026-11-01&to=2026-11-24',
  '/api/admin/vip/summary',
  '/api/admin/kpi?month=2026-11',
  '/api/reports/today',
  '/api/reports?from=2026-11-01&to=2026-11-24',
  '/api/complaints',
  '/api/complaints-overdue',
];
const EXPORTS = ['/api/reports/export.xlsx?from=2026-11-01&to=2026-11-24', '/api/complaints/export.xlsx'];

test('every staff API answer and every export is no-store, refusals included', async () => {
  for (const path of [...STAFF_READS, ...EXPORTS]) {
    for (const token of [admin, null]) {
      const res = await fetch(`${server.url}${path}`, {
        headers: token === null ? {} : { authorization: `Bearer ${token}` },
      });
      await res.arrayBuffer();
      if (token !== null) expect(res.status, path).toBe(200);
      const cache = res.headers.get('cache-control') ?? '';
      tally.record('staff API or export without no-store', cache.includes('no-store'));
      expect(cache, `${path} ${token === null ? 'anonymous' : 'admin'}`).toContain('no-store');
    }
  }
});

test("pages may connect to their own origin only (connect-src 'self'), and say which features they may use", async () => {
  for (const path of [
    '/',
    '/kiosk/',
    '/display/',
    '/counter',
    '/lobby',
    '/admin',
    '/t/unknown-token',
    '/api/v1/queue',
  ]) {
    const res = await fetch(`${server.url}${path}`);
    await res.arrayBuffer();
    const csp = res.headers.get('content-security-policy') ?? '';
    const connect = /connect-src ([^;]*)/.exec(csp)?.[1]?.trim();
    tally.record('CSP connect-src beyond self', connect === "'self'");
    expect(connect, path).toBe("'self'");
    const permissions = res.headers.get('permissions-policy') ?? '';
    expect(permissions, path).toMatch(/camera=\(\)/);
    expect(permissions, path).toMatch(/microphone=\(\)/);
    expect(permissions, path).toMatch(/geolocation=\(\)/);
  }
});

test("socket.io's own answers (polling handshake, refusals) carry helmet's headers too", async () => {
  const host = `127.0.0.1:${server.port}`;
  for (const path of ['/socket.io/?EIO=4&transport=polling', '/socket.io/?EIO=9&transport=polling']) {
    const res = await rawRequest(server.port, path, { host });
    const h = res.headers;
    const complete =
      h['x-content-type-options'] === 'nosniff' &&
      typeof h['content-security-policy'] === 'string' &&
      typeof h['permissions-policy'] === 'string' &&
      h['x-frame-options'] !== undefined &&
      h['referrer-policy'] !== undefined &&
      String(h['cache-control']).includes('no-store');
    tally.record('socket.io answer without security headers', complete);
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['content-security-policy'], path).toContain("default-src 'self'");
    expect(h['permissions-policy'], path).toContain('camera=()');
    expect(h['x-frame-options'], path).toBeDefined();
    expect(h['referrer-policy'], path).toBeDefined();
    expect(String(h['cache-control']), path).toContain('no-store');
  }
});
