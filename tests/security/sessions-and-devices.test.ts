import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AdminDevice, LoginResponse, OtherSignIn, PairedDevice } from '@lobby/shared';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { login, request } from './support/http.ts';
import { pairDevice } from './support/devices.ts';
import { ProbeTally } from './support/probe-tally.ts';

/**
 * Finding 11: device tokens never expired or changed, and staff sessions lasted 14 h
 * whatever the activity. Now a staff session ends after an idle time (STAFF_IDLE_MINUTES),
 * a second sign-in of the same account is shown on both screens, and the admin sees each
 * device's last use and can rotate its token (the old one refused at once).
 */
const IDLE_MS = 10 * 60_000;
const TELLER_PASSWORD = 'teller123';

let server: TestServer;
const tally = new ProbeTally(import.meta.filename);

beforeAll(async () => {
  server = await startTestServer({ deps: { staffIdleMs: IDLE_MS }, tickIntervalMs: 50 });
});
afterAll(async () => {
  tally.report();
  await server?.close();
});

const me = (token: string) => request(server, 'GET', '/api/auth/me', { token });

/** Resolves with the next `event` on the socket (or rejects after 5 s). */
function next<T>(socket: LobbySocket, event: 'session:revoked' | 'session:signedInElsewhere'): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within 5 s`)), 5000);
    (socket as unknown as { once(e: string, f: (arg: T) => void): void }).once(event, (arg) => {
      clearTimeout(timer);
      resolve(arg);
    });
  });
}

function disconnected(socket: LobbySocket): Promise<void> {
  return new Promise((resolve) => (socket.connected ? socket.once('disconnect', () => resolve()) : resolve()));
}

describe('staff idle timeout', () => {
  test('a session in use stays; one left idle past the setting is refused on REST and its socket is told why', async () => {
    const token = await server.login('teller2');
    const socket = await server.connect(token);
    expect((await me(token)).status).toBe(200);
    // Used every 6 minutes for half an hour: each use counts as activity.
    for (let i = 0; i < 5; i++) {
      server.clock.advance(6 * 60_000);
      const ack = await server.command(socket, 'snapshot:get', {});
      expect(ack.ok, `use ${i}`).toBe(true);
    }
    expect((await me(token)).status).toBe(200);

    const revoked = next<{ reason: string } | undefined>(socket, 'session:revoked');
    server.clock.advance(IDLE_MS + 1000);
    expect(await revoked).toEqual({ reason: 'idle' });
    await disconnected(socket);
    const after = await me(token);
    tally.record('an idle staff session used again (REST)', after.status === 401);
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    await expect(server.connect(token)).rejects.toThrow('UNAUTHENTICATED');
    tally.record('an idle staff session used again (socket handshake)', true);
  });

  test('a session idle past the setting is refused even before the sweep runs', async () => {
    const token = await server.login('teller3');
    server.clock.advance(IDLE_MS + 1000);
    const res = await me(token);
    tally.record('an idle staff session used again (REST)', res.status === 401);
    expect(res.status).toBe(401);
  });
});

describe('a second sign-in of the same account', () => {
  test('is listed to the new screen and pushed to the earlier one, with when and from where', async () => {
    const first = (await login(server, 'teller4', TELLER_PASSWORD)).body as LoginResponse;
    expect(first.otherSignIns).toEqual([]);
    const earlier = await server.connect(first.token);
    const told = next<OtherSignIn>(earlier, 'session:signedInElsewhere');

    const second = await login(server, 'teller4', TELLER_PASSWORD);
    expect(second.status).toBe(200);
    const secondBody = second.body as LoginResponse;
    expect(secondBody.otherSignIns).toHaveLength(1);
    expect(secondBody.otherSignIns[0]).toMatchObject({ address: '127.0.0.1' });
    expect(secondBody.otherSignIns[0]!.at).toBeLessThanOrEqual(server.clock.now());

    const info = await told;
    expect(info.address).toBe('127.0.0.1');
    expect(info.at).toBeGreaterThanOrEqual(secondBody.otherSignIns[0]!.at);
    // Both sign-ins stay usable: the teller decides (a colleague at the next PC, or a stolen password).
    expect((await me(first.token)).status).toBe(200);
    expect((await me(secondBody.token)).status).toBe(200);
  });

  test('another account signing in tells nobody', async () => {
    const teller = await server.connect(await server.login('teller5'));
    let told = 0;
    (teller as unknown as { on(e: string, f: () => void): void }).on('session:signedInElsewhere', () => told++);
    await server.login('teller6');
    // A round trip on the same socket: a push sent before it would have arrived first.
    expect((await server.command(teller, 'snapshot:get', {})).ok).toBe(true);
    expect(told).toBe(0);
  });
});

describe('device last use and token rotation', () => {
  const devices = async () => {
    const res = await request(server, 'GET', '/api/admin/devices', { token: await server.login('admin') });
    return (res.body as { data: AdminDevice[] }).data;
  };

  test('the device list shows when each token was last used', async () => {
    const kiosk = await pairDevice(server, 'kiosk', '测试取号机');
    expect((await devices()).find((d) => d.id === kiosk.id)?.lastUsedAt).toBeNull();
    await server.connect(kiosk.token);
    const usedAt = (await devices()).find((d) => d.id === kiosk.id)?.lastUsedAt;
    expect(usedAt).toBeGreaterThan(0);
    expect(usedAt).toBeLessThanOrEqual(server.clock.now());
  });

  test('rotating a token refuses the old one at once (REST, handshake, the live socket) and the new one works', async () => {
    const display = await pairDevice(server, 'display', '测试叫号屏');
    const live = await server.connect(display.token);
    const revoked = next<unknown>(live, 'session:revoked');

    const res = await request(server, 'POST', `/api/admin/devices/${display.id}/rotate`, {
      token: await server.login('admin'),
      body: {},
    });
    expect(res.status).toBe(200);
    const rotated = (res.body as { data: PairedDevice }).data;
    expect(rotated.device.id).toBe(display.id);
    expect(rotated.token).not.toBe(display.token);
    expect(rotated.pairingPath).toBe(`/display/?device=${encodeURIComponent(rotated.token)}`);

    await revoked;
    await disconnected(live);
    tally.record('a rotated device token kept its live socket', !live.connected);
    // A live display token gets 403 from a kiosk route; an unknown one 401.
    const oldRest = await request(server, 'GET', '/api/v1/queue', { token: display.token });
    tally.record('a rotated device token used again (REST)', oldRest.status === 401);
    expect(oldRest.status).toBe(401);
    await expect(server.connect(display.token)).rejects.toThrow('UNAUTHENTICATED');
    tally.record('a rotated device token used again (socket handshake)', true);

    const fresh = await server.connect(rotated.token);
    expect((await server.command(fresh, 'snapshot:get', {})).ok).toBe(true);
    const audit = await request(server, 'GET', '/api/admin/audit?from=2026-11-01&to=2026-12-31&manualOnly=false', {
      token: await server.login('admin'),
    });
    expect(JSON.stringify(audit.body)).toContain('device:rotate');
  });

  test('a revoked device cannot be rotated back to life, and only the admin may rotate', async () => {
    const kiosk = await pairDevice(server, 'kiosk', '待撤销取号机');
    const admin = await server.login('admin');
    await request(server, 'POST', `/api/admin/devices/${kiosk.id}/revoke`, { token: admin, body: {} });
    const again = await request(server, 'POST', `/api/admin/devices/${kiosk.id}/rotate`, { token: admin, body: {} });
    tally.record('rotate a revoked device', again.status === 404);
    expect(again.status).toBe(404);
    for (const who of ['lobby', 'teller1'] as const) {
      const other = await pairDevice(server, 'kiosk', `由 ${who} 轮换`);
      const res = await request(server, 'POST', `/api/admin/devices/${other.id}/rotate`, {
        token: await server.login(who),
        body: {},
      });
      tally.record('rotate a device token as a non-admin', res.status === 403);
      expect(res.status, who).toBe(403);
    }
  });
});
