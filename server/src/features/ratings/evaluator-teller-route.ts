import { creditedStaffId, EVALUATOR_ROUTES, fail } from '@lobby/shared';
import type { Router } from 'express';
import type { AppContext } from '../../context/app-context.ts';
import { RestRouter } from '../../http/rest-router.ts';

/**
 * The teller at an evaluator's own counter. Only an evaluator device bound to a counter may
 * ask, and only about that counter: the public projection carries no staff names, so the
 * hall display and kiosks never see them.
 */
export function evaluatorTellerRouter(ctx: AppContext): Router {
  const rest = new RestRouter(ctx);
  rest.add(EVALUATOR_ROUTES.teller, ({ principal, query }) => {
    if (principal.counterId === null) return fail('FORBIDDEN');
    let tellerId: string | null;
    if (query.ticketId !== undefined) {
      // Only a ticket served at this counter: the rating credits its record, not who is signed on now.
      const ticket = ctx.queue.current.tickets.get(query.ticketId);
      if (!ticket || ticket.counterId !== principal.counterId) return fail('NOT_FOUND', 'ticket');
      tellerId = creditedStaffId(ticket);
    } else {
      tellerId = ctx.queue.current.counters.get(principal.counterId)?.tellerId ?? null;
    }
    const staff = tellerId ? ctx.store.staff.byId(tellerId) : null;
    return { ok: true, data: staff ? { name: staff.name, staffNo: staff.staffNo } : null };
  });
  return rest.router;
}
