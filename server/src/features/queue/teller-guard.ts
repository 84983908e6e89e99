import { fail, type Failure, type Principal } from '@lobby/shared';
import type { EngineState } from '../../engine/types.ts';

/**
 * A teller acts only on the counter they are signed on to; the lobby manager and admin
 * may act on any counter (they cover for tellers).
 */
export function tellerCounterRefusal(state: EngineState, principal: Principal, counterId: string): Failure | null {
  if (principal.role !== 'teller') return null;
  const counter = state.counters.get(counterId);
  if (!counter) return fail('NOT_FOUND', 'counter');
  return counter.tellerId === principal.id ? null : fail('COUNTER_NOT_SIGNED_ON');
}

/** A teller may move or annotate only the ticket at (or suspended by) their own counter. */
export function tellerTicketRefusal(state: EngineState, principal: Principal, ticketId: string): Failure | null {
  if (principal.role !== 'teller') return null;
  const ticket = state.tickets.get(ticketId);
  if (!ticket) return fail('NOT_FOUND', 'ticket');
  const own = [...state.counters.values()].find((c) => c.tellerId === principal.id);
  if (!own) return fail('COUNTER_NOT_SIGNED_ON');
  return ticket.counterId === own.id || ticket.suspendedByCounterId === own.id
    ? null
    : fail('FORBIDDEN', 'ticket is not at your counter');
}
