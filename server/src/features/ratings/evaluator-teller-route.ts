import express from 'express';
import { fail, type EvaluatorTeller } from '@lobby/shared';
import type { AppContext } from '../../app/context.ts';
import { sendAck } from '../../http/respond.ts';

/**
 * The teller at an evaluator's own counter. Only an evaluator device bound to a counter may
 * ask, and only about that counter: the public projection carries no staff names, so the
 * hall display and kiosks never see them.
 */
export function evaluatorTellerRouter(ctx: AppContext): express.Router {
  const router = express.Router();
  router.get('/evaluator/teller', (req, res) => {
    const principal = ctx.requirePrincipal(req);
    if (!principal) return sendAck(res, fail('UNAUTHENTICATED'));
    if (principal.role !== 'evaluator' || principal.counterId === null) return sendAck(res, fail('FORBIDDEN'));
    const counter = ctx.queue.current.counters.get(principal.counterId);
    const staff = counter?.tellerId ? ctx.store.staff.byId(counter.tellerId) : null;
    const teller: EvaluatorTeller | null = staff ? { name: staff.name, staffNo: staff.staffNo } : null;
    sendAck(res, { ok: true, data: teller });
  });
  return router;
}
