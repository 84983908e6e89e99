import { fail, type Principal } from '@lobby/shared';
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../app/context.ts';
import type { CommandRunner } from '../realtime/command-runner.ts';
import type { IssueRateLimiter } from '../realtime/rate-limits.ts';
import { publicSnapshot } from '../queue/snapshots.ts';
import { mobileTicketView } from './mobile-ticket-routes.ts';
import { sendAck } from './respond.ts';

/**
 * Integrator REST API (documented in openapi.ts), authorised by a kiosk device token.
 * Ticket issue goes through the SAME command runner and use case as the kiosk socket.
 */
export function integratorRoutes(ctx: AppContext, runner: CommandRunner, limiter: IssueRateLimiter): Router {
  const router = Router();
  const kiosk = (req: Request, res: Response): Principal | null => {
    const principal = ctx.requirePrincipal(req);
    if (!principal) {
      sendAck(res, fail('UNAUTHENTICATED'));
      return null;
    }
    if (principal.role !== 'kiosk') {
      sendAck(res, fail('FORBIDDEN'));
      return null;
    }
    return principal;
  };

  router.post('/v1/tickets', async (req, res) => {
    const principal = kiosk(req, res);
    if (!principal) return;
    const limited = await limiter.checkIp(req.ip ?? 'unknown');
    if (limited) return sendAck(res, limited);
    sendAck(res, await runner.run(principal, 'ticket:issue', req.body, 'rest'), 201);
  });
  router.get('/v1/tickets/:token', (req, res) => {
    if (!kiosk(req, res)) return;
    const view = mobileTicketView(ctx, req.params.token);
    if (!view) return sendAck(res, fail('NOT_FOUND'));
    res.json({ ok: true, data: view });
  });
  router.get('/v1/queue', (req, res) => {
    if (!kiosk(req, res)) return;
    res.json({
      ok: true,
      data: publicSnapshot(
        ctx.queue.current,
        ctx.queue.lastSeq,
        ctx.clock(),
        ctx.forecasts.current(),
        ctx.forecasts.view(),
      ),
    });
  });
  return router;
}
