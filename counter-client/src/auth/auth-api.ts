import { AUTH_HEADER, isErrorCode, type LoginRequest, type LoginResponse, type ErrorCode } from '@lobby/shared';

export type LoginResult = { ok: true; data: LoginResponse } | { ok: false; code: ErrorCode | 'CLIENT_OFFLINE' };

/** POST /api/auth/login; failures come back as the shared Failure shape with a closed code. */
export async function login(request: LoginRequest): Promise<LoginResult> {
  let response: Response;
  try {
    response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
  } catch {
    return { ok: false, code: 'CLIENT_OFFLINE' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && body && typeof body === 'object' && 'token' in body && 'user' in body) {
    return { ok: true, data: body as LoginResponse };
  }
  const code = body && typeof body === 'object' && 'code' in body ? (body as { code: unknown }).code : null;
  return { ok: false, code: isErrorCode(code) ? code : 'INTERNAL' };
}

/**
 * Ends the session on the server too. Signing out locally never waits for it: a teller who
 * presses "sign out" is signed out even when the network is down.
 */
export function logout(token: string): void {
  void fetch('/api/auth/logout', { method: 'POST', headers: { [AUTH_HEADER]: `Bearer ${token}` } }).catch(
    () => undefined,
  );
}
