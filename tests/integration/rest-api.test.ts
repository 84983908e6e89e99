import {
  allRoutes,
  type IssuedTicket,
  type LoginResponse,
  type MobileTicketView,
  type StaffQueueEvent,
} from '@lobby/shared';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newRequestId, recordEvents, startTestServer, type TestServer } from '../support/server.ts';

describe('REST', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ issueRateLimit: { perPrincipal: 1000, perIp: 3, windowSec: 60 } });
  });
  afterAll(async () => server?.close());

  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const get = (path: string, token?: string) =>
    fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  test('staff login, me, logout', async () => {
    expect((await post('/api/auth/login', { username: 'admin', password: 'wrong' })).status).toBe(401);
    expect(await (await post('/api/auth/login', { username: 'admin', password: 'wrong' })).json()).toEqual({
      ok: false,
      code: 'BAD_CREDENTIALS',
    });
    expect((await post('/api/auth/login', '{"username":', undefined)).status).toBe(400);
    const login = (await (
      await post('/api/auth/login', { username: 'teller5', password: 'teller123' })
    ).json()) as LoginResponse;
    expect(login.user).toMatchObject({ username: 'teller5', role: 'teller', staffNo: '1005' });
    expect(await (await get('/api/auth/me', login.token)).json()).toEqual(login.user);
    const socket = await server.connect(login.token);
    const otherSession = await server.connect(await server.login('teller5'));
    const revoked = new Promise<void>((resolve) => socket.once('session:revoked', () => resolve()));
    await post('/api/auth/logout', {}, login.token);
    expect((await get('/api/auth/me', login.token)).status).toBe(401);
    // Logout ends the live sockets of that sign-in (and only those), and the token no longer connects.
    await revoked;
    await new Promise((r) => setTimeout(r, 100));
    expect(socket.connected).toBe(false);
    expect(otherSession.connected).toBe(true);
    await expect(server.connect(login.token)).rejects.toThrow(/UNAUTHENTICATED/);
    // Password guessing is slowed down per username and address.
    const guesses: number[] = [];
    for (let i = 0; i < 11; i++)
      guesses.push((await post('/api/auth/login', { username: 'teller6', password: `guess${i}` })).status);
    expect(guesses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(guesses[10]).toBe(429);
    expect((await post('/api/auth/login', { username: 'teller6', password: 'teller123' })).status).toBe(429);
    // A device token is not a staff session.
    expect((await get('/api/auth/me', server.deviceToken('kiosk'))).status).toBe(401);
  });

  test('integrators issue through the same use case as the kiosk, with idempotency and a public ticket view', async () => {
    const kioskToken = server.deviceToken('kiosk');
    const staff = recordEvents(await server.connect(await server.login('lobby')));
    expect(
      (await post('/api/v1/tickets', { requestId: newRequestId(), laneId: 'A', businessTypeId: 'cash' })).status,
    ).toBe(401);
    expect(
      (
        await post(
          '/api/v1/tickets',
          { requestId: newRequestId(), laneId: 'A', businessTypeId: 'cash' },
          server.deviceToken('display'),
        )
      ).status,
    ).toBe(403);
    expect((await post('/api/v1/tickets', { laneId: 'A' }, kioskToken)).status).toBe(400);

    const body = { requestId: newRequestId(), laneId: 'B', businessTypeId: 'corp-cash' };
    const first = await post('/api/v1/tickets', body, kioskToken);
    expect(first.status).toBe(201);
    const ack = (await first.json()) as { ok: true; data: IssuedTicket };
    expect(ack.data.ticket.number).toBe('B001');
    const event = (await staff.waitFor((e) => e.type === 'ticket:issued')) as StaffQueueEvent;
    expect(event.ticket).toMatchObject({ number: 'B001', channel: 'api' });
    const again = (await (await post('/api/v1/tickets', body, kioskToken)).json()) as unknown;
    expect(again).toEqual(ack);

    const token = ack.data.mobilePath.slice('/t/'.length);
    const status = (await (await get(`/api/v1/tickets/${token}`, kioskToken)).json()) as {
      ok: true;
      data: MobileTicketView;
    };
    expect(status.data).toMatchObject({ number: 'B001', status: 'waiting', ahead: 0 });
    const mobile = (await (await get(`/api/tickets/${token}`)).json()) as MobileTicketView;
    expect(mobile).toMatchObject({
      number: 'B001',
      status: 'waiting',
      laneName: { zh: '对公业务' },
      branchName: { zh: '示范银行 人民路支行' },
    });
    expect(Object.keys(mobile)).not.toContain('priorityGroupId');
    expect((await get('/api/tickets/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);

    const queue = (await (await get('/api/v1/queue', kioskToken)).json()) as {
      ok: true;
      data: { audience: string; tickets: unknown[] };
    };
    expect(queue.data.audience).toBe('public');
    expect(queue.data.tickets).toHaveLength(1);
  });

  test('ticket issue over REST is rate limited per IP', async () => {
    const kioskToken = server.deviceToken('kiosk');
    const codes: number[] = [];
    for (let i = 0; i < 4; i++)
      codes.push(
        (
          await post(
            '/api/v1/tickets',
            { requestId: newRequestId(), laneId: 'K', businessTypeId: 'passbook' },
            kioskToken,
          )
        ).status,
      );
    expect(codes).toContain(429);
    const res = await post(
      '/api/v1/tickets',
      { requestId: newRequestId(), laneId: 'K', businessTypeId: 'passbook' },
      kioskToken,
    );
    const body = (await res.json()) as { retryAfterSec: number };
    expect(body).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(Number(res.headers.get('retry-after'))).toBe(body.retryAfterSec);
  });

  test('OpenAPI document, health, landing page, not-built app pages and security headers', async () => {
    const doc = (await (await get('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { tags: string[] }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    // Generated from the route map: every route, under its OpenAPI path, integrators' tagged.
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      allRoutes()
        .map(({ route }) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)
        .sort(),
    );
    const integrator = operations.filter((op) => {
      const [method, path] = op.split(' ') as [string, string];
      return doc.paths[path]![method.toLowerCase()]!.tags.includes('integrator');
    });
    expect(integrator.sort()).toEqual([
      'GET /v1/bookings',
      'GET /v1/queue',
      'GET /v1/slots',
      'GET /v1/tickets/{token}',
      'POST /v1/bookings',
      'POST /v1/bookings/{id}/cancel',
      'POST /v1/tickets',
    ]);
    const health = await get('/healthz');
    expect(await health.json()).toMatchObject({ ok: true, businessDate: '2026-11-24' });
    const landing = await get('/');
    expect(await landing.text()).toContain('/display/');
    expect(landing.headers.get('content-security-policy')).toContain("style-src 'self' 'unsafe-inline'");
    expect(landing.headers.get('x-content-type-options')).toBe('nosniff');
    expect(landing.headers.get('x-powered-by')).toBeNull();
    expect((await get('/api/nothing-here')).status).toBe(404);
  });

  test('every route of the shared route map is mounted, once', () => {
    const mounted = server.app.ctx.rest.mounted;
    const missing = allRoutes().filter(({ route }) => !mounted.has(route));
    expect(missing.map((r) => r.name)).toEqual([]);
    expect(mounted.size).toBe(allRoutes().length);
  });
});

describe('static apps', () => {
  let server: TestServer;
  const webRoot = mkdtempSync(join(tmpdir(), 'lobby-web-'));
  beforeAll(async () => {
    // A built kiosk only: the other apps must answer with a "not built" page.
    mkdirSync(join(webRoot, 'kiosk', 'dist', 'assets'), { recursive: true });
    writeFileSync(join(webRoot, 'kiosk', 'dist', 'index.html'), '<html><body>KIOSK APP</body></html>');
    writeFileSync(join(webRoot, 'kiosk', 'dist', 'mobile.html'), '<html><body>MOBILE PAGE</body></html>');
    writeFileSync(join(webRoot, 'kiosk', 'dist', 'assets', 'app.js'), 'console.log(1)');
    server = await startTestServer({ webRoot });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  test('built apps are served at their paths, missing ones say how to build them', async () => {
    const text = async (path: string) => {
      const res = await fetch(`${server.url}${path}`);
      return { status: res.status, body: await res.text(), type: res.headers.get('content-type') };
    };
    expect(await text('/kiosk/')).toMatchObject({ status: 200, body: expect.stringContaining('KIOSK APP') });
    expect(await text('/kiosk/assets/app.js')).toMatchObject({
      status: 200,
      type: expect.stringContaining('javascript'),
    });
    expect(await text('/t/abcdefabcdefabcdefabcd')).toMatchObject({
      status: 200,
      body: expect.stringContaining('MOBILE PAGE'),
    });
    expect(await text('/display/')).toMatchObject({
      status: 503,
      body: expect.stringContaining('npm run build -w display-board'),
    });
    for (const path of ['/counter', '/counter/rate', '/lobby', '/admin']) {
      expect(await text(path), path).toMatchObject({
        status: 503,
        body: expect.stringContaining('npm run build -w counter-client'),
      });
    }
  });
});
