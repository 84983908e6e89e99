import { fail, LoginRequestSchema } from '@lobby/shared';
import { Router } from 'express';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { AppContext } from '../app/context.ts';
import { bearerToken } from '../auth/auth-service.ts';
import { sessionRoom } from '../realtime/socket-server.ts';
import { sendAck } from './respond.ts';

/** Staff login/logout/me. The session token goes in `Authorization: Bearer` and the socket auth. */
export function authRoutes(ctx: AppContext): Router {
  const router = Router();
  // Password guessing: after 10 failures for one username from one address, wait 5 minutes.
  const failures = new RateLimiterMemory({ points: 10, duration: 300 });
  router.post('/auth/login', async (req, res) => {
    const parsed = LoginRequestSchema.safeParse(req.body);
    if (!parsed.success) return sendAck(res, fail('INVALID_PAYLOAD'));
    const key = `${req.ip ?? 'unknown'}|${parsed.data.username}`;
    const seen = await failures.get(key);
    if (seen !== null && seen.remainingPoints <= 0) return sendAck(res, fail('RATE_LIMITED'));
    const result = ctx.auth.login(parsed.data.username, parsed.data.password);
    if (!result) {
      await failures.penalty(key, 1);
      ctx.logger.warn({ username: parsed.data.username, ip: req.ip }, 'failed staff login');
      return sendAck(res, fail('BAD_CREDENTIALS'));
    }
    await failures.delete(key);
    ctx.logger.info({ userId: result.user.id }, 'staff login');
    res.json(result);
  });
  router.post('/auth/logout', (req, res) => {
    const token = bearerToken(req.headers.authorization);
    if (token) {
      ctx.auth.logout(token);
      // A shared counter PC: the next person must not inherit the live sockets of this sign-in.
      ctx.io.to(sessionRoom(token)).emit('session:revoked');
      ctx.io.in(sessionRoom(token)).disconnectSockets(true);
    }
    res.json({ ok: true, data: null });
  });
  router.get('/auth/me', (req, res) => {
    const token = bearerToken(req.headers.authorization);
    const user = token ? ctx.auth.userForToken(token) : null;
    if (!user) return sendAck(res, fail('UNAUTHENTICATED'));
    res.json(user);
  });
  return router;
}
