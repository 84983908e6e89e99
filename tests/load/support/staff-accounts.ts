import type { DeviceKind } from '@lobby/shared';

/**
 * Extra teller accounts and kiosk devices through the admin REST API (the way a branch
 * admin adds them), so each load client has its own principal.
 */
export const LOAD_TELLER_PASSWORD = 'Load-Teller-Desk-1';
/** What the admin sets; each teller replaces it at the first sign-in, as on a real branch. */
const ADMIN_SET_PASSWORD = 'Admin-Set-Start-1';

async function postAs(baseUrl: string, token: string, path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${baseUrl}/api${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { ok: boolean; data?: unknown; code?: string };
  if (!res.ok || !json.ok) throw new Error(`POST ${path} failed: ${res.status} ${json.code ?? ''}`);
  return json.data;
}

/**
 * Creates teller accounts `loadteller<from>`…`loadteller<to>`, each signed in once to choose
 * LOAD_TELLER_PASSWORD (an admin-set password must be replaced); returns their usernames.
 */
export async function createTellers(baseUrl: string, adminToken: string, from: number, to: number): Promise<string[]> {
  const names: string[] = [];
  for (let i = from; i <= to; i++) {
    const username = `loadteller${i}`;
    await postAs(baseUrl, adminToken, '/admin/staff', {
      username,
      name: `负载柜员${i}`,
      role: 'teller',
      staffNo: String(5000 + i),
      password: ADMIN_SET_PASSWORD,
    });
    const first = await loginAs(baseUrl, username, ADMIN_SET_PASSWORD);
    await postAs(baseUrl, first, '/auth/password', {
      currentPassword: ADMIN_SET_PASSWORD,
      newPassword: LOAD_TELLER_PASSWORD,
    });
    names.push(username);
  }
  return names;
}

/** Pairs `count` devices of one kind; returns their tokens. */
export async function pairDevices(
  baseUrl: string,
  adminToken: string,
  kind: DeviceKind,
  count: number,
): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 1; i <= count; i++) {
    const data = (await postAs(baseUrl, adminToken, '/admin/devices', {
      kind,
      name: `load ${kind} ${i}`,
      counterId: null,
    })) as { token: string };
    tokens.push(data.token);
  }
  return tokens;
}

export async function loginAs(baseUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username} failed: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}
