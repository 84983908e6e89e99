import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoginResponse } from '@lobby/shared';
import { api } from './admin-api-support.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * The one password rule and the forced change: an account an admin created or reset signs
 * in only to choose a new password; everyone can change their own.
 */
let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => server.close());

async function login(username: string, password: string): Promise<{ status: number; body: LoginResponse }> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return { status: res.status, body: (await res.json()) as LoginResponse };
}

const change = (token: string, currentPassword: string, newPassword: string) =>
  api<LoginResponse>(server, token, 'POST', '/auth/password', { currentPassword, newPassword });

describe('passwords', () => {
  it('an admin-created account must choose a new password first; nothing else works until then', async () => {
    const admin = await server.login('admin');
    const create = (password: string) =>
      api(server, admin, 'POST', '/admin/staff', {
        username: 'wangfang',
        name: '王芳',
        role: 'teller',
        staffNo: '1010',
        password,
      });
    for (const [password, problem] of [
      ['Short-1', 'too_short'],
      ['1234567890', 'common'],
      ['QWERTYUIOP', 'common'],
      ['wangfang-2026', 'same_as_username'],
    ] as const) {
      const refused = await create(password);
      expect(refused.status, password).toBe(400);
      expect(refused.body).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
      expect(refused.body.issues?.[0]?.message, password).toBe(problem);
    }
    expect((await create('Welcome-Branch-7')).status).toBe(200);

    const first = await login('wangfang', 'Welcome-Branch-7');
    expect(first.status).toBe(200);
    expect(first.body.user.mustChangePassword).toBe(true);
    const token = first.body.token;
    // Until the change: no REST call, no socket, only "who am I" and the change itself.
    expect((await api(server, token, 'GET', '/complaints')).status).toBe(401);
    await expect(server.connect(token)).rejects.toThrow(/UNAUTHENTICATED/);
    expect((await api(server, token, 'GET', '/auth/me')).body).toMatchObject({ mustChangePassword: true });

    expect((await change(token, 'not-the-password', 'Counter-Two-Desk')).body).toMatchObject({
      code: 'BAD_CREDENTIALS',
    });
    const same = await change(token, 'Welcome-Branch-7', 'Welcome-Branch-7');
    expect(same.body.issues?.[0]?.message).toBe('same_as_current');
    expect((await change(token, 'Welcome-Branch-7', 'password1234')).body.issues?.[0]?.message).toBe('common');

    const changed = await change(token, 'Welcome-Branch-7', 'Counter-Two-Desk');
    expect(changed.status).toBe(200);
    expect(changed.body.data?.user.mustChangePassword).toBe(false);
    // The old session ended; the new one works everywhere.
    expect((await api(server, token, 'GET', '/auth/me')).status).toBe(401);
    const fresh = changed.body.data!.token;
    const socket = await server.connect(fresh);
    expect(socket.connected).toBe(true);
    expect((await login('wangfang', 'Welcome-Branch-7')).status).toBe(401);
    expect((await login('wangfang', 'Counter-Two-Desk')).body.user.mustChangePassword).toBe(false);
  });

  it('everyone can change their own password: their other sessions and sockets end', async () => {
    const onCounterPc = await server.login('teller1');
    const socket = await server.connect(onCounterPc);
    const revoked = new Promise<void>((resolve) => socket.once('session:revoked', () => resolve()));
    const atHome = await server.login('teller1');
    // The socket of the session that changes it is left to its own client (it reconnects with the new token).
    const own = await server.connect(atHome);
    let ownRevoked = false;
    own.once('session:revoked', () => (ownRevoked = true));
    const changed = await change(atHome, 'teller123', 'Morning-Shift-88');
    expect(changed.status).toBe(200);
    await revoked;
    const ping = await own.timeout(5_000).emitWithAck('snapshot:get', {});
    expect(ping.ok).toBe(true);
    expect(ownRevoked).toBe(false);
    expect((await api(server, onCounterPc, 'GET', '/auth/me')).status).toBe(401);
    expect((await login('teller1', 'Morning-Shift-88')).status).toBe(200);
  });

  it('an admin reset forces a change at the next sign-in', async () => {
    const admin = await server.login('admin');
    const staff = await api<{ id: string; username: string; mustChangePassword: boolean }[]>(
      server,
      admin,
      'GET',
      '/admin/staff',
    );
    const lobby = staff.body.data!.find((s) => s.username === 'lobby')!;
    expect(lobby.mustChangePassword).toBe(false);
    expect(
      (await api(server, admin, 'POST', `/admin/staff/${lobby.id}/password`, { password: 'lobby123' })).status,
    ).toBe(400);
    const reset = await api<{ mustChangePassword: boolean }>(
      server,
      admin,
      'POST',
      `/admin/staff/${lobby.id}/password`,
      {
        password: 'Temporary-Desk-31',
      },
    );
    expect(reset.body.data?.mustChangePassword).toBe(true);
    const next = await login('lobby', 'Temporary-Desk-31');
    expect(next.body.user.mustChangePassword).toBe(true);
    expect((await change(next.body.token, 'Temporary-Desk-31', 'Spring-Desk-Shift')).status).toBe(200);
  });

  it('guessing the current password is throttled like guessing it at sign-in', async () => {
    const token = await server.login('teller2');
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) codes.push(String((await change(token, `guess-${i}`, 'Evening-Shift-44')).body.code));
    expect(codes).toContain('BAD_CREDENTIALS');
    expect(codes.at(-1)).toBe('RATE_LIMITED');
  });

  it('tells every page whether this is the demo branch', async () => {
    const res = await fetch(`${server.url}/api/server-info`);
    expect(await res.json()).toEqual({ ok: true, data: { demo: true } });
  });
});
