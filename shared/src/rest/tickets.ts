import { z } from 'zod';
import { COMMAND_SCHEMAS } from '../protocol/commands.ts';
import { TICKET_STATUSES } from '../domain/ticket.ts';
import { defineRoute } from './route.ts';
import { IssuedTicketSchema, LocalizedTextView, PublicSnapshotSchema, WaitEstimateView } from './views.ts';

/** The customer's own ticket (`/t/<token>`) and the integrator API (kiosk device token). */
export const MobileTicketViewSchema = z.object({
  number: z.string(),
  laneName: LocalizedTextView,
  businessTypeName: LocalizedTextView,
  status: z.enum(TICKET_STATUSES),
  counterNumber: z.number().int().nullable(),
  counterName: LocalizedTextView.nullable(),
  ahead: z.number().int().nullable(),
  estimate: WaitEstimateView.nullable(),
  issuedAt: z.number(),
  businessDate: z.string(),
  branchName: LocalizedTextView,
  /** The branch's time zone: times are shown on the branch clock, whatever zone the phone is in. */
  timeZone: z.string(),
  /** A phone ticket: whether the customer has checked in at the branch, when it lapses if not, and whether it did. */
  remote: z.object({ activated: z.boolean(), lapsesAt: z.number().nullable(), lapsed: z.boolean() }).nullable(),
  /** A booked customer's ticket: the slot, and whether the check-in was on time. */
  appointment: z.object({ slotStart: z.number(), onTime: z.boolean() }).nullable(),
  /** The branch clock when this view was made: the phone says how current it is in branch time, not its own. */
  asOf: z.number(),
});
/** The mobile ticket page: the customer's own ticket, no customer data. */
export type MobileTicketView = z.infer<typeof MobileTicketViewSchema>;

/** The unguessable token printed in the ticket's QR code; a malformed one is simply not found (404). */
const TicketTokenParams = z.object({ token: z.string().min(1).max(200) });

export const TICKET_ROUTES = {
  mobileView: defineRoute({
    method: 'GET',
    path: '/tickets/:token',
    summary: 'The mobile ticket page’s view of one ticket',
    roles: 'anyone',
    params: TicketTokenParams,
    response: MobileTicketViewSchema,
    envelope: 'bare',
  }),
} as const;

export const INTEGRATOR_ROUTES = {
  issueTicket: defineRoute({
    method: 'POST',
    path: '/v1/tickets',
    summary: 'Issue a ticket (a retry with the same requestId returns the first answer)',
    roles: ['kiosk'],
    body: COMMAND_SCHEMAS['ticket:issue'],
    response: IssuedTicketSchema,
    okStatus: 201,
    integrator: true,
  }),
  ticket: defineRoute({
    method: 'GET',
    path: '/v1/tickets/:token',
    summary: 'Ticket status by its mobile token',
    roles: ['kiosk'],
    params: TicketTokenParams,
    response: MobileTicketViewSchema,
    integrator: true,
  }),
  queue: defineRoute({
    method: 'GET',
    path: '/v1/queue',
    summary: 'Public queue snapshot: lanes, counters, open tickets (number and status only), recent calls',
    roles: ['kiosk'],
    response: PublicSnapshotSchema,
    integrator: true,
  }),
} as const;
