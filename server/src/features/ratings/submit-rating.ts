import { creditedStaffId, fail, type Ack, type ParsedCommand, type Principal } from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import { NO_TICKET_CHANGES } from '../../engine/index.ts';

/** How long after the finish the evaluator may still rate; after that the ticket stays unrated. */
export const RATING_WINDOW_MS = 5 * 60 * 1000;

/**
 * 服务态度 / 办理效率 from the evaluator paired to the counter that served the ticket, credited
 * to the teller who served it.
 * Same transaction + event path as every queue command (rating:recorded).
 */
export function submitRating(
  ctx: AppContext,
  principal: Principal,
  p: ParsedCommand<'rating:submit'>,
): Promise<Ack<{ ticketId: string }>> {
  return ctx.queue.execute({
    principal,
    requestId: p.requestId,
    command: 'rating:submit',
    decide: (state, now) => {
      const ticket = state.tickets.get(p.ticketId);
      if (!ticket) return fail('NOT_FOUND', 'ticket');
      if (ticket.status !== 'done' || ticket.counterId === null || ticket.counterId !== principal.counterId) {
        return fail('INVALID_STATE', 'ticket was not finished at this counter');
      }
      if (ctx.store.ratings.exists(ticket.id)) return fail('ALREADY_RATED');
      if (ticket.finishedAt === null || now - ticket.finishedAt > RATING_WINDOW_MS) return fail('RATING_CLOSED');
      // Reasons only follow a 1 or 2, and only from the branch's own list.
      const known = new Set(state.config.ratingReasons.map((r) => r.id));
      if (p.reasons.length > 0 && Math.min(p.attitude, p.efficiency) > 2)
        return fail('INVALID_PAYLOAD', 'reasons follow a low score only');
      if (p.reasons.some((id) => !known.has(id))) return fail('INVALID_PAYLOAD', 'unknown rating reason');
      const counterId = ticket.counterId;
      // Credited to who served the ticket (its record), not to whoever is signed on there now.
      const tellerId = creditedStaffId(ticket);
      return {
        ok: true,
        state,
        changedTickets: NO_TICKET_CHANGES,
        events: [
          {
            type: 'rating:recorded',
            at: now,
            actorId: principal.id,
            reason: null,
            ticketIds: [ticket.id],
            counterId,
            laneId: ticket.laneId,
            vipVisitId: null,
            call: null,
          },
        ],
        persist: (store) =>
          store.ratings.insert({
            ticketId: ticket.id,
            businessDate: ticket.businessDate,
            counterId,
            tellerId,
            deviceId: principal.id,
            attitude: p.attitude,
            efficiency: p.efficiency,
            reasons: [...new Set(p.reasons)],
            ratedAt: now,
          }),
      };
    },
    result: () => ({ ticketId: p.ticketId }),
  });
}
