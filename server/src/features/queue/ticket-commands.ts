import type { CommandHandlers } from '../../app/feature.ts';
import { issueTicket } from './issue-ticket.ts';
import { ticketResult } from './results.ts';
import { tellerTicketRefusal } from './teller-guard.ts';

/** Ticket issue and the ticket moves of tellers and the lobby manager (VIP lookup: features/vip). */
export const ticketCommands: CommandHandlers = {
  'ticket:issue': issueTicket,
  'ticket:transfer': (ctx, principal, p) =>
    tellerTicketRefusal(ctx.queue.current, principal, p.ticketId) ??
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'ticket:transfer', actorId: principal.id, ticketId: p.ticketId, to: p.to, note: p.note },
      ticketResult,
    ),
  'ticket:addNote': (ctx, principal, p) =>
    tellerTicketRefusal(ctx.queue.current, principal, p.ticketId) ??
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'ticket:addNote', actorId: principal.id, ticketId: p.ticketId, text: p.text },
      ticketResult,
    ),
  'ticket:resume': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'ticket:resume', actorId: principal.id, ticketId: p.ticketId, mode: p.mode, reason: p.reason },
      ticketResult,
    ),
  'ticket:cancel': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'ticket:cancel', actorId: principal.id, ticketId: p.ticketId, reason: p.reason },
      ticketResult,
    ),
  'ticket:reactivate': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'ticket:reactivate', actorId: principal.id, ticketId: p.ticketId, reason: p.reason },
      ticketResult,
    ),
  'ticket:setPriority': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      {
        type: 'ticket:setPriority',
        actorId: principal.id,
        ticketId: p.ticketId,
        priorityGroupId: p.priorityGroupId,
        reason: p.reason,
      },
      ticketResult,
    ),
};
