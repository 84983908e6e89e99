import { fail, INTEGRATOR_ROUTES } from '@lobby/shared';
import type { Router } from 'express';
import type { AppContext } from '../context/app-context.ts';
import type { CommandRunner } from '../commands/command-runner.ts';
import type { IssueRateLimiter } from '../commands/rate-limits.ts';
import { publicSnapshot } from '../queue/snapshots.ts';
import { mobileTicketView } from '../queue/mobile-ticket-view.ts';
import { RestRouter } from './rest-router.ts';

/**
 * Integrator REST API (in the OpenAPI document), authorised by a kiosk device token.
 * Ticket issue goes through the SAME command runner and use case as the kiosk socket.
 */
export function integratorRoutes(ctx: AppContext, runner: CommandRunner, limiter: IssueRateLimiter): Router {
  const rest = new RestRouter(ctx);
  rest.add(INTEGRATOR_ROUTES.issueTicket, async ({ principal, body, req }) => {
    const limited = await limiter.checkIp(req.ip ?? 'unknown');
    if (limited) return limited;
    return runner.run(principal, 'ticket:issue', body, 'rest');
  });
  rest.add(INTEGRATOR_ROUTES.ticket, ({ params }) => {
    const view = mobileTicketView(ctx, params.token);
    return view ? { ok: true, data: view } : fail('NOT_FOUND');
  });
  rest.add(INTEGRATOR_ROUTES.queue, () => ({
    ok: true,
    data: publicSnapshot(
      ctx.queue.current,
      ctx.queue.lastSeq,
      ctx.clock(),
      ctx.forecasts.current(),
      ctx.forecasts.view(),
    ),
  }));
  return rest.router;
}
