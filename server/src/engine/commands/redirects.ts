import type { Ticket } from '../types.ts';
import { freeCounter } from './counter-flow.ts';
import { findTicket, isRefusal, refuse, type Handler } from './handler.ts';
import type { Draft } from '../draft.ts';

/** If a counter holds this ticket, let go of it. */
function detachFromCounter(d: Draft, ticket: Ticket): void {
  if (!ticket.counterId) return;
  const counter = d.counter(ticket.counterId);
  if (counter && counter.currentTicketId === ticket.id) freeCounter(d, counter);
}

/**
 * Transfer keeps the number (一票到底): to another lane at the front or the back, or to a
 * specific counter, where it is called first. Works on waiting, called, serving and
 * suspended tickets; the redirect chain is kept on the ticket.
 */
export const transfer: Handler<'ticket:transfer'> = (d, cmd) => {
  const ticket = findTicket(d, cmd.ticketId);
  if (isRefusal(ticket)) return ticket;
  if (!['waiting', 'called', 'serving', 'suspended'].includes(ticket.status))
    return refuse('INVALID_STATE', `ticket is ${ticket.status}`);
  const to = cmd.to;
  if (to.kind === 'lane' && !d.config.lanes.some((l) => l.id === to.laneId)) return refuse('NOT_FOUND', 'lane');
  if (to.kind === 'counter' && !d.counter(to.counterId)) return refuse('NOT_FOUND', 'counter');
  if (to.kind === 'counter' && ticket.counterId === to.counterId)
    return refuse('INVALID_STATE', 'already at that counter');
  detachFromCounter(d, ticket);
  const moved: Ticket = {
    ...ticket,
    status: 'waiting',
    counterId: null,
    laneId: to.kind === 'lane' ? to.laneId : ticket.laneId,
    pinnedCounterId: to.kind === 'counter' ? to.counterId : null,
    front: to.kind === 'lane' && to.position === 'first',
    enqueuedAt: to.kind === 'lane' && to.position === 'last' ? d.now : ticket.enqueuedAt,
    recalls: 0,
    redirects: [
      ...ticket.redirects,
      {
        at: d.now,
        byStaffId: cmd.actorId,
        fromLaneId: ticket.laneId,
        fromCounterId: ticket.counterId,
        to,
        note: cmd.note,
      },
    ],
  };
  d.putTicket(moved);
  d.emit({
    type: 'ticket:transferred',
    actorId: cmd.actorId,
    reason: cmd.note || null,
    ticketIds: [moved.id],
    counterId: ticket.counterId,
    laneId: moved.laneId,
  });
};

/** A suspended customer is back with the documents: front of the lane, or the same counter. */
export const resume: Handler<'ticket:resume'> = (d, cmd) => {
  const ticket = findTicket(d, cmd.ticketId);
  if (isRefusal(ticket)) return ticket;
  if (ticket.status !== 'suspended') return refuse('INVALID_STATE', `ticket is ${ticket.status}`);
  if (cmd.mode === 'pinned' && (!ticket.suspendedByCounterId || !d.counter(ticket.suspendedByCounterId))) {
    return refuse('INVALID_STATE', 'no counter to pin to');
  }
  const resumed: Ticket = {
    ...ticket,
    status: 'waiting',
    front: cmd.mode === 'front',
    pinnedCounterId: cmd.mode === 'pinned' ? ticket.suspendedByCounterId : null,
    recalls: 0,
  };
  d.putTicket(resumed);
  d.emit({
    type: 'ticket:resumed',
    actorId: cmd.actorId,
    reason: cmd.reason,
    ticketIds: [resumed.id],
    counterId: resumed.pinnedCounterId,
    laneId: resumed.laneId,
  });
};

/** The customer left. A called ticket frees its counter; a ticket in service cannot be cancelled. */
export const cancel: Handler<'ticket:cancel'> = (d, cmd) => {
  const ticket = findTicket(d, cmd.ticketId);
  if (isRefusal(ticket)) return ticket;
  if (!['waiting', 'called', 'suspended'].includes(ticket.status))
    return refuse('INVALID_STATE', `ticket is ${ticket.status}`);
  detachFromCounter(d, ticket);
  const cancelled: Ticket = {
    ...ticket,
    status: 'cancelled',
    outcome: 'cancelled',
    counterId: null,
    finishedAt: d.now,
    pinnedCounterId: null,
    front: false,
  };
  d.putTicket(cancelled);
  d.emit({
    type: 'ticket:cancelled',
    actorId: cmd.actorId,
    reason: cmd.reason,
    ticketIds: [cancelled.id],
    counterId: ticket.counterId,
    laneId: cancelled.laneId,
  });
};

/** A no-show (or cancelled) customer turned up after all: back to the front of the lane. */
export const reactivate: Handler<'ticket:reactivate'> = (d, cmd) => {
  const ticket = findTicket(d, cmd.ticketId);
  if (isRefusal(ticket)) return ticket;
  if (ticket.status !== 'no_show' && ticket.status !== 'cancelled')
    return refuse('INVALID_STATE', `ticket is ${ticket.status}`);
  if (ticket.outcome === 'closed_at_day_end') return refuse('INVALID_STATE', 'closed at day end');
  const back: Ticket = {
    ...ticket,
    status: 'waiting',
    outcome: null,
    finishedAt: null,
    counterId: null,
    recalls: 0,
    front: true,
  };
  d.putTicket(back);
  d.emit({
    type: 'ticket:reactivated',
    actorId: cmd.actorId,
    reason: cmd.reason,
    ticketIds: [back.id],
    laneId: back.laneId,
  });
};

export const setPriority: Handler<'ticket:setPriority'> = (d, cmd) => {
  const ticket = findTicket(d, cmd.ticketId);
  if (isRefusal(ticket)) return ticket;
  if (!['waiting', 'called', 'suspended'].includes(ticket.status))
    return refuse('INVALID_STATE', `ticket is ${ticket.status}`);
  if (cmd.priorityGroupId !== null && !d.config.priorityGroups.some((g) => g.id === cmd.priorityGroupId))
    return refuse('NOT_FOUND', 'priority group');
  if (ticket.priorityGroupId === cmd.priorityGroupId) return refuse('INVALID_STATE', 'unchanged');
  d.putTicket({ ...ticket, priorityGroupId: cmd.priorityGroupId });
  d.emit({
    type: 'ticket:prioritized',
    actorId: cmd.actorId,
    reason: cmd.reason,
    ticketIds: [ticket.id],
    laneId: ticket.laneId,
  });
};

export const addNote: Handler<'ticket:addNote'> = (d, cmd) => {
  const ticket = findTicket(d, cmd.ticketId);
  if (isRefusal(ticket)) return ticket;
  d.putTicket({ ...ticket, notes: [...ticket.notes, { at: d.now, byStaffId: cmd.actorId, text: cmd.text }] });
  d.emit({
    type: 'ticket:noted',
    actorId: cmd.actorId,
    reason: cmd.text,
    ticketIds: [ticket.id],
    laneId: ticket.laneId,
  });
};
