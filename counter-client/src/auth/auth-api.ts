import {
  AUTH_ROUTES,
  callRoute,
  type CallResult,
  type LoginRequest,
  type LoginResponse,
  type PasswordChange,
} from '@lobby/shared';

export type LoginResult = CallResult<LoginResponse>;

/** POST /api/auth/login; failures come back as the shared Failure shape with a closed code. */
export function login(request: LoginRequest): Promise<LoginResult> {
  return callRoute(AUTH_ROUTES.login, { body: request });
}

/**
 * Ends the session on the server too. Signing out locally never waits for it: a teller who
 * presses "sign out" is signed out even when the network is down.
 */
export function logout(token: string): void {
  void callRoute(AUTH_ROUTES.logout, {}, { token });
}

/** POST /api/auth/password: one's own new password; the answer is a fresh session (the old one ended). */
export function changePassword(token: string, body: PasswordChange): Promise<LoginResult> {
  return callRoute(AUTH_ROUTES.changePassword, { body }, { token });
}
