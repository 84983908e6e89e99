import { AUTH_ROUTES, fail, PASSWORD_PROBLEM_TEXT, rateLimited } from '@lobby/shared';
import type { Router } from 'express';
import type { AppContext } from '../context/app-context.ts';
import { bearerToken } from '../auth/auth-service.ts';
import type { LoginThrottle } from '../auth/login-throttle.ts';
import { RestRouter } from './rest-router.ts';

/** Staff login/logout/me. The session token goes in `Authorization: Bearer` and the socket auth. */
export function authRoutes(ctx: AppContext, throttle: LoginThrottle): Router {
  const rest = new RestRouter(ctx);
  rest.add(AUTH_ROUTES.login, async ({ body, req }) => {
    const { username } = body;
    // req.ip is the socket's peer unless TRUST_PROXY names the proxy in front (see mountHttp).
    const address = req.ip ?? 'unknown';
    const waitMs = await throttle.lockedFor(username, address);
    if (waitMs > 0) {
      ctx.logger.warn({ username, ip: address }, 'staff login refused: locked out');
      return rateLimited(waitMs);
    }
    // Shown to the account's other screens: an IPv4 peer without its IPv6 mapping prefix.
    const shownAddress = address.replace(/^::ffff:/, '');
    const signIn = ctx.auth.login(username, body.password, shownAddress);
    if (!signIn) {
      await throttle.failed(username, address);
      ctx.logger.warn({ username, ip: address }, 'failed staff login');
      return fail('BAD_CREDENTIALS');
    }
    await throttle.succeeded(username);
    const { response } = signIn;
    ctx.logger.info({ userId: response.user.id, otherSignIns: signIn.others.length }, 'staff login');
    // The account's other screens are told at once (a colleague using the account, or a stolen password).
    const news = { at: ctx.clock(), lastSeenAt: ctx.clock(), address: shownAddress };
    ctx.emitToSessions(
      signIn.others.map((o) => o.tokenHash),
      'session:signedInElsewhere',
      news,
    );
    return { ok: true, data: response };
  });
  rest.add(AUTH_ROUTES.changePassword, async ({ body, req }) => {
    const token = bearerToken(req.headers.authorization);
    const user = token ? ctx.auth.userForToken(token) : null;
    if (!token || !user) return fail('UNAUTHENTICATED');
    // Guessing the current password here is throttled like guessing it at sign-in.
    const address = req.ip ?? 'unknown';
    const waitMs = await throttle.lockedFor(user.username, address);
    if (waitMs > 0) return rateLimited(waitMs);
    const result = ctx.auth.changePassword(
      token,
      body.currentPassword,
      body.newPassword,
      address.replace(/^::ffff:/, ''),
    );
    if ('refused' in result) {
      if (result.refused === 'BAD_CREDENTIALS') await throttle.failed(user.username, address);
      return fail(result.refused);
    }
    if ('problem' in result) {
      return {
        ...fail('INVALID_PAYLOAD', PASSWORD_PROBLEM_TEXT[result.problem]),
        issues: [{ path: 'newPassword', message: result.problem }],
      };
    }
    await throttle.succeeded(user.username);
    // Every other session of the user ended with the old password: cut their sockets too. This
    // session's own socket is left to its client, which reconnects with the new token.
    ctx.revokePrincipal(user.id, { exceptToken: token });
    ctx.logger.info({ userId: user.id, forced: user.mustChangePassword }, 'staff password changed');
    return { ok: true, data: result };
  });
  rest.add(AUTH_ROUTES.serverInfo, () => ({ ok: true, data: { demo: ctx.demo } }));
  rest.add(AUTH_ROUTES.logout, ({ req }) => {
    const token = bearerToken(req.headers.authorization);
    if (token) {
      ctx.auth.logout(token);
      // A shared counter PC: the next person must not inherit the live sockets of this sign-in.
      ctx.revokeSession(token);
    }
    return { ok: true, data: null };
  });
  rest.add(AUTH_ROUTES.me, ({ req }) => {
    const token = bearerToken(req.headers.authorization);
    const user = token ? ctx.auth.userForToken(token) : null;
    return user ? { ok: true, data: user } : fail('UNAUTHENTICATED');
  });
  return rest.router;
}
