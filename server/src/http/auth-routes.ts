import { fail, LoginRequestSchema, rateLimited } from '@lobby/shared';
import { Router } from 'express';
import type { AppContext } from '../app/context.ts';
import { bearerToken } from '../auth/auth-service.ts';
import type { LoginThrottle } from '../auth/login-throttle.ts';
import { sessionRoom } from '../realtime/socket-server.ts';
import { sendAck } from './respond.ts';

/** Staff login/logout/me. The session token goes in `Authorization: Bearer` and the socket auth. */
export function authRoutes(ctx: AppContext, throttle: LoginThrottle): Router {
  const router = Router();
  router.post('/auth/login', async (req, res) => {
    const parsed = LoginRequestSchema.safeParse(req.body);
    if (!parsed.success) return sendAck(res, fail('INVALID_PAYLOAD'));
    const { username } = parsed.data;
    // req.ip is the socket's peer unless TRUST_PROXY names the proxy in front (see mountHttp).
    const address = req.ip ?? 'unknown';
    const waitMs = await throttle.lockedFor(username, address);
    if (waitMs > 0) {
      ctx.logger.warn({ username, ip: address }, 'staff login refused: locked out');
      return sendAck(res, rateLimited(waitMs));
    }
    const result = ctx.auth.login(username, parsed.data.password);
    if (!result) {
      await throttle.failed(username, address);
      ctx.logger.warn({ username, ip: address }, 'failed staff login');
      return sendAck(res, fail('BAD_CREDENTIALS'));
    }
    await throttle.succeeded(username);
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
