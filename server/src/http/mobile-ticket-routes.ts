import { fail, TICKET_ROUTES } from '@lobby/shared';
import type { Router } from 'express';
import type { AppContext } from '../context/app-context.ts';
import { mobileTicketView } from '../queue/mobile-ticket-view.ts';
import { RestRouter } from './rest-router.ts';

export function mobileTicketRoutes(ctx: AppContext): Router {
  const rest = new RestRouter(ctx);
  rest.add(TICKET_ROUTES.mobileView, ({ params, res }) => {
    const view = mobileTicketView(ctx, params.token);
    if (!view) return fail('NOT_FOUND');
    res.set('Cache-Control', 'no-store');
    return { ok: true, data: view };
  });
  return rest.router;
}
