import type { CommandHandlers } from '../../context/feature.ts';
import { issueTicket } from './issue-ticket.ts';

/** Ticket issue (the ticket moves are in the engine command table; the VIP lookup in features/vip). */
export const ticketCommands: CommandHandlers = {
  'ticket:issue': issueTicket,
};
