import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { io } from 'socket.io-client';
import { startTestServer, type TestServer } from '../support/server.ts';

describe('roles and origins', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ allowedOrigins: ['https://kiosk.branch.example'] });
  });
  afterAll(async () => server?.close());

  test('a display socket cannot call, issue or close the day', async () => {
    const display = await server.connect(server.deviceToken('display'));
    for (const [name, payload] of [
      ['counter:callNext', { counterId: 'c2' }],
      ['ticket:issue', { laneId: 'A', businessTypeId: 'cash' }],
      ['day:close', { reason: 'x' }],
    ] as const) {
      expect(await server.command(display, name, payload as never)).toEqual({ ok: false, code: 'FORBIDDEN' });
    }
    // It may read.
    expect(await server.command(display, 'snapshot:get', {})).toMatchObject({ ok: true, data: { audience: 'public' } });
  });

  test('a teller cannot change the floor or config, nor act on a counter they do not hold', async () => {
    const t1 = await server.connect(await server.login('teller1'));
    const t2 = await server.connect(await server.login('teller2'));
    for (const [name, payload] of [
      ['counter:setLanes', { counterId: 'c2', laneIds: ['B'], reason: 'x' }],
      ['lane:pause', { laneId: 'A', reason: 'x' }],
      ['emergency:start', { message: 'fire' }],
      ['day:close', { reason: 'x' }],
      ['ticket:issue', { laneId: 'A', businessTypeId: 'cash' }],
    ] as const) {
      expect(await server.command(t1, name, payload as never), name).toEqual({ ok: false, code: 'FORBIDDEN' });
    }
    expect((await server.command(t1, 'counter:signOn', { counterId: 'c2' })).ok).toBe(true);
    expect(await server.command(t2, 'counter:callNext', { counterId: 'c2' })).toEqual({
      ok: false,
      code: 'COUNTER_NOT_SIGNED_ON',
    });
    expect(await server.command(t2, 'counter:pause', { counterId: 'c2', reason: 'break' })).toEqual({
      ok: false,
      code: 'COUNTER_NOT_SIGNED_ON',
    });
    expect(await server.command(t2, 'counter:signOn', { counterId: 'c2' })).toMatchObject({
      ok: false,
      code: 'COUNTER_HELD',
    });
    // The integrator REST API refuses a teller's session (kiosk devices only).
    const res = await fetch(`${server.url}/api/v1/queue`, {
      headers: { authorization: `Bearer ${await server.login('teller3')}` },
    });
    expect(res.status).toBe(403);
  });

  test('sockets without a valid token are refused', async () => {
    await expect(server.connect('not-a-token')).rejects.toThrow(/UNAUTHENTICATED/);
  });

  test('browser origins other than the server itself or the allowed list are refused', async () => {
    const kioskToken = server.deviceToken('kiosk');
    await expect(server.connect(kioskToken, { origin: 'https://evil.example' })).rejects.toThrow();
    const own = await server.connect(kioskToken, { origin: server.url });
    expect(own.connected).toBe(true);
    const allowed = await server.connect(kioskToken, { origin: 'https://kiosk.branch.example' });
    expect(allowed.connected).toBe(true);
    // Polling transport goes through the same check.
    const polling = io(server.url, {
      auth: { token: kioskToken },
      transports: ['polling'],
      extraHeaders: { origin: 'https://evil.example' },
      reconnection: false,
    });
    const err = await new Promise<Error>((resolve) => polling.once('connect_error', resolve));
    expect(err).toBeInstanceOf(Error);
    polling.disconnect();
  });
});
