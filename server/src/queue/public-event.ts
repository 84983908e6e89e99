import { toPublicCounter, toPublicTicket, type PublicQueueEvent, type StaffQueueEvent } from '@lobby/shared';

/**
 * THE public projection of an event (display, kiosk, evaluator, mobile page). Built by
 * whitelisting, so a field added to the staff event never leaks: no actor, reason,
 * notes, redirects, VIP tier, priority group or business type ever leaves here.
 * Ticket numbers never change (一票到底), so numberOf works for past events too.
 */
export function toPublicEvent(e: StaffQueueEvent, numberOf: (ticketId: string) => string | null): PublicQueueEvent {
  const event: PublicQueueEvent = {
    seq: e.seq,
    type: e.type,
    at: e.at,
    businessDate: e.businessDate,
    lanes: e.lanes,
    audience: 'public',
  };
  if (e.ticket) event.ticket = toPublicTicket(e.ticket);
  if (e.tickets) event.tickets = e.tickets.map(toPublicTicket);
  if (e.counter)
    event.counter = toPublicCounter(e.counter, e.counter.currentTicketId ? numberOf(e.counter.currentTicketId) : null);
  if (e.call) event.call = e.call;
  if (e.emergency) event.emergency = e.emergency;
  if (e.message) event.message = e.message;
  if (e.config) event.config = e.config;
  return event;
}
