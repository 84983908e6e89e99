import { AUTH_ROUTES, fail } from '@lobby/shared';
import type { Router } from 'express';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { AppContext } from '../app/context.ts';
import { bearerToken } from '../auth/auth-service.ts';
import { sessionRoom } from '../realtime/socket-server.ts';
import { RestRouter } from './rest-router.ts';

/** Staff login/logout/me. The session token goes in `Authorization: Bearer` and the socket auth. */
export function authRoutes(ctx: AppContext): Router {
  const rest = new RestRouter(ctx);
  // Password guessing: after 10 failures for one username from one address, wait 5 minutes.
  const failures = new RateLimiterMemory({ points: 10, duration: 300 });
  rest.add(AUTH_ROUTES.login, async ({ body, req }) => {
    const key = `${req.ip ?? 'unknown'}|${body.username}`;
    const seen = await failures.get(key);
    if (seen !== null && seen.remainingPoints <= 0) return fail('RATE_LIMITED');
    const result = ctx.auth.login(body.username, body.password);
    if (!result) {
      await failures.penalty(key, 1);
      ctx.logger.warn({ username: body.username, ip: req.ip }, 'failed staff login');
      return fail('BAD_CREDENTIALS');
    }
    await failures.delete(key);
    ctx.logger.info({ userId: result.user.id }, 'staff login');
    return { ok: true, data: result };
  });
  rest.add(AUTH_ROUTES.logout, ({ req }) => {
    const token = bearerToken(req.headers.authorization);
    if (token) {
      ctx.auth.logout(token);
      // A shared counter PC: the next person must not inherit the live sockets of this sign-in.
      ctx.io.to(sessionRoom(token)).emit('session:revoked');
      ctx.io.in(sessionRoom(token)).disconnectSockets(true);
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
