/**
 * Phone tickets (remote queue). A phone ticket waits in its lane like a paper one, but a
 * counter skips it until the customer is in the hall and activates it (hall poster QR, or the
 * kiosk). The first time a free counter would have called it, it is "passed"; if it is still
 * not activated a grace period later, it lapses. So a customer who never comes holds nobody
 * up: counters call past them, and they leave the queue soon after.
 */
import { isActivated } from '@lobby/shared';
import type { Draft } from '../draft.ts';
import { passedOver, rankQueue } from '../policies/dispatch-order.ts';
import type { CounterRuntime, Ticket } from '../types.ts';
import { callRefusal } from './counter-flow.ts';
import { findTicket, isRefusal, refuse, type Handler } from './handler.ts';

/** Records the first pass of phone tickets a counter skipped. */
export function markPassed(d: Draft, skipped: readonly Ticket[], counter: CounterRuntime): void {
  for (const t of skipped) {
    if (!t.remote || t.remote.passedAt !== null) continue;
    d.putTicket({ ...t, remote: { ...t.remote, passedAt: d.now } });
    d.emit({ type: 'ticket:passed', actorId: null, ticketIds: [t.id], counterId: counter.id, laneId: t.laneId });
  }
}

/** Timer: a free counter would call now, so phone tickets ranked before anything it can call are passed. */
function passAtFreeCounters(d: Draft): void {
  let pending = false;
  for (const t of d.openTickets())
    if (t.status === 'waiting' && !isActivated(t) && t.remote?.passedAt === null) pending = true;
  if (!pending) return;
  for (const c of [...d.allCounters()]) {
    if (callRefusal(d, c)) continue;
    markPassed(d, passedOver(rankQueue(d.state, c.id, d.now)), c);
  }
}

/** Timer: phone tickets passed longer ago than the grace period, still not activated, lapse. */
function lapseOverdue(d: Draft): void {
  const graceMs = d.config.remoteQueue.graceMin * 60_000;
  for (const t of [...d.openTickets()]) {
    if (t.status !== 'waiting' || isActivated(t) || !t.remote || t.remote.passedAt === null) continue;
    if (d.now - t.remote.passedAt < graceMs) continue;
    d.putTicket({
      ...t,
      status: 'cancelled',
      outcome: 'lapsed',
      finishedAt: d.now,
      pinnedCounterId: null,
      front: false,
    });
    d.emit({
      type: 'ticket:lapsed',
      actorId: null,
      reason: 'phone ticket not activated in time',
      ticketIds: [t.id],
      laneId: t.laneId,
    });
  }
}

export function tickRemoteTickets(d: Draft): void {
  passAtFreeCounters(d);
  lapseOverdue(d);
}

/** The customer of a phone ticket is in the hall: from now on a counter may call it. */
export const activate: Handler<'ticket:activate'> = (d, cmd) => {
  const ticket = findTicket(d, cmd.ticketId);
  if (isRefusal(ticket)) return ticket;
  if (!ticket.remote) return refuse('INVALID_STATE', 'not a phone ticket');
  if (ticket.status !== 'waiting') return refuse('INVALID_STATE', `ticket is ${ticket.status}`);
  if (ticket.remote.activatedAt !== null) return refuse('INVALID_STATE', 'already activated');
  d.putTicket({ ...ticket, remote: { ...ticket.remote, activatedAt: d.now } });
  d.emit({ type: 'ticket:activated', actorId: cmd.actorId, ticketIds: [ticket.id], laneId: ticket.laneId });
};
