import type { CommandHandlers } from '../../app/feature.ts';
import { issueTicket } from './issue-ticket.ts';

/** Ticket issue and the VIP lookup (the ticket moves are in the engine command table). */
export const ticketCommands: CommandHandlers = {
  'ticket:issue': issueTicket,
  // Only the tier leaves the server: never whether/which customer record matched beyond that.
  'vip:lookup': (ctx, _principal, p) => ({
    ok: true,
    data: { tierId: ctx.store.vip.lookup(p.vipIdentifier)?.tierId ?? null },
  }),
};
