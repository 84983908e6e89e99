/**
 * Every client → server command: its zod payload schema and the roles allowed to send it.
 * Every payload carries a requestId: the same requestId twice has one effect and the
 * second caller gets the first answer (double-clicks, retries after reconnect).
 */
import { z } from 'zod';
import { safeText } from '../text/safe-text.ts';
import { FINISH_OUTCOMES, type TicketStaffView, type TicketPublicView } from '../domain/ticket.ts';
import {
  MANUAL_PAUSE_REASONS,
  type CounterStaffView,
  type LaneStats,
  type WaitEstimate,
  type VipVisitView,
} from '../domain/floor.ts';
import type { Role } from './roles.ts';
import type { ArrivalMatch, Punctuality } from '../domain/booking.ts';
import { LocalizedTextSchema } from '../text/localized.ts';
import type { QueueEvent, Snapshot } from './events.ts';

const RequestId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const Id = z.string().min(1).max(64);
const Reason = safeText({ min: 1, max: 200 });
const Note = safeText({ max: 500, multiline: true });
const base = { requestId: RequestId };

export const TransferTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lane'), laneId: Id, position: z.enum(['first', 'last']) }),
  z.object({ kind: z.literal('counter'), counterId: Id }),
]);

export const COMMAND_SCHEMAS = {
  'ticket:issue': z.object({
    ...base,
    laneId: Id,
    businessTypeId: Id,
    priorityGroupId: Id.nullable().default(null),
    /** Card number or phone; looked up and hashed on the server, never stored or echoed in clear. */
    vipIdentifier: z
      .string()
      .trim()
      .min(4)
      .max(40)
      .regex(/^[0-9 -]+$/)
      .nullable()
      .default(null),
    /**
     * The proof vip:lookup returned to this device (kiosks): what lets a ticket into the VIP
     * lane or a restricted lane without a staff issuer. Staff may give vipIdentifier instead.
     */
    vipProof: z
      .string()
      .max(1000)
      .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
      .nullable()
      .default(null),
  }),
  'vip:lookup': z.object({
    ...base,
    vipIdentifier: z
      .string()
      .trim()
      .min(4)
      .max(40)
      .regex(/^[0-9 -]+$/),
  }),
  'counter:signOn': z.object({ ...base, counterId: Id }),
  'counter:signOff': z.object({ ...base, counterId: Id }),
  'counter:release': z.object({ ...base, counterId: Id, reason: Reason }),
  'counter:callNext': z.object({ ...base, counterId: Id }),
  'counter:callTicket': z.object({ ...base, counterId: Id, ticketId: Id, reason: Reason }),
  'ticket:recall': z.object({ ...base, counterId: Id }),
  'ticket:start': z.object({ ...base, counterId: Id }),
  'ticket:finish': z.object({
    ...base,
    counterId: Id,
    outcome: z.enum(FINISH_OUTCOMES),
    servedBusinessTypeIds: z.array(Id).max(20),
    /** Required (a reason id and/or a note) unless the outcome is served; the engine says so. */
    reason: z
      .object({ reasonId: Id.nullable().default(null), note: Note.default('') })
      .nullable()
      .default(null),
  }),
  'ticket:markNoShow': z.object({ ...base, counterId: Id }),
  /** What is missing: materials of the ticket's business type, and/or a note (one of the two). */
  'ticket:suspend': z.object({
    ...base,
    counterId: Id,
    missingMaterials: z.array(LocalizedTextSchema).max(20).default([]),
    note: Note.default(''),
  }),
  'ticket:transfer': z.object({ ...base, ticketId: Id, to: TransferTargetSchema, note: Note }),
  'ticket:resume': z.object({ ...base, ticketId: Id, mode: z.enum(['front', 'pinned']), reason: Reason }),
  'ticket:cancel': z.object({ ...base, ticketId: Id, reason: Reason }),
  'ticket:reactivate': z.object({ ...base, ticketId: Id, reason: Reason }),
  'ticket:setPriority': z.object({ ...base, ticketId: Id, priorityGroupId: Id.nullable(), reason: Reason }),
  'ticket:addNote': z.object({ ...base, ticketId: Id, text: safeText({ min: 1, max: 200, multiline: true }) }),
  'counter:pause': z.object({ ...base, counterId: Id, reason: z.enum(MANUAL_PAUSE_REASONS), note: Note.default('') }),
  'counter:resume': z.object({ ...base, counterId: Id }),
  'counter:open': z.object({ ...base, counterId: Id, reason: Note.default('') }),
  'counter:close': z.object({ ...base, counterId: Id, reason: Note.default('') }),
  'counter:setLanes': z.object({ ...base, counterId: Id, laneIds: z.array(Id).min(1).max(10), reason: Reason }),
  'lane:pause': z.object({ ...base, laneId: Id, reason: Reason }),
  'lane:resume': z.object({ ...base, laneId: Id, reason: Reason }),
  'hall:broadcast': z.object({
    ...base,
    text: safeText({ min: 1, max: 120 }),
    speak: z.boolean(),
    /** Minutes on the display; null: the branch's hallMessageMin. */
    durationMin: z.number().int().min(1).max(480).nullable().default(null),
  }),
  'emergency:start': z.object({ ...base, message: safeText({ min: 1, max: 120 }) }),
  'emergency:end': z.object({ ...base, reason: Reason }),
  'vipVisit:start': z.object({ ...base, roomId: Id, ticketId: Id.nullable(), note: Note }),
  'vipVisit:page': z.object({ ...base, visitId: Id, staffId: Id }),
  'vipVisit:accept': z.object({ ...base, visitId: Id }),
  'vipVisit:finish': z.object({ ...base, visitId: Id }),
  'alert:acknowledge': z.object({ ...base, alertId: Id }),
  'rating:submit': z.object({
    ...base,
    ticketId: Id,
    attitude: z.number().int().min(1).max(5),
    efficiency: z.number().int().min(1).max(5),
    /** After a 1 or 2: what went wrong, ids from the configuration's ratingReasons (optional). */
    reasons: z.array(Id).max(12).default([]),
  }),
  'day:close': z.object({ ...base, reason: Reason }),
  /**
   * An arriving customer at the kiosk (or the lobby for them): a booking code, the scanned QR
   * (a booking page or phone-ticket address), or the phone number → what they can check in.
   */
  'arrival:find': z.object({ query: z.string().trim().min(4).max(300) }),
  /** A booked customer checks in: a ticket in the booking's lane (on time: with the head start). */
  'booking:checkIn': z.object({ ...base, bookingId: Id }),
  /** A phone ticket's customer is in the hall (kiosk or lobby): it may be called from now on. */
  'ticket:activate': z.object({ ...base, ticketId: Id }),
  /** Resync: the events after sinceSeq, or a snapshot when they are no longer all available. */
  'sync:request': z.object({ sinceSeq: z.number().int().min(0) }),
  'snapshot:get': z.object({}),
} as const;

export type CommandName = keyof typeof COMMAND_SCHEMAS;
export type CommandPayload<C extends CommandName> = z.input<(typeof COMMAND_SCHEMAS)[C]>;
export type ParsedCommand<C extends CommandName> = z.output<(typeof COMMAND_SCHEMAS)[C]>;

const STAFF: Role[] = ['teller', 'lobby', 'admin'];
const FLOOR: Role[] = ['lobby', 'admin'];
const TELLER_SIDE: Role[] = ['teller', 'lobby', 'admin'];
const EVERYONE: Role[] = ['teller', 'lobby', 'admin', 'kiosk', 'display', 'evaluator'];

/** Least privilege (docs/requirements.md R112): the server checks this before parsing anything. */
export const COMMAND_ROLES: Record<CommandName, readonly Role[]> = {
  'ticket:issue': ['kiosk', 'lobby', 'admin'],
  'vip:lookup': ['kiosk', 'lobby', 'admin'],
  'counter:signOn': ['teller', 'lobby', 'admin'],
  'counter:signOff': TELLER_SIDE,
  'counter:release': FLOOR,
  'counter:callNext': TELLER_SIDE,
  'counter:callTicket': TELLER_SIDE,
  'ticket:recall': TELLER_SIDE,
  'ticket:start': TELLER_SIDE,
  'ticket:finish': TELLER_SIDE,
  'ticket:markNoShow': TELLER_SIDE,
  'ticket:suspend': TELLER_SIDE,
  'ticket:transfer': STAFF,
  'ticket:resume': FLOOR,
  'ticket:cancel': FLOOR,
  'ticket:reactivate': FLOOR,
  'ticket:setPriority': FLOOR,
  'ticket:addNote': STAFF,
  'counter:pause': TELLER_SIDE,
  'counter:resume': TELLER_SIDE,
  'counter:open': FLOOR,
  'counter:close': FLOOR,
  'counter:setLanes': FLOOR,
  'lane:pause': FLOOR,
  'lane:resume': FLOOR,
  'hall:broadcast': FLOOR,
  'emergency:start': FLOOR,
  'emergency:end': FLOOR,
  'vipVisit:start': FLOOR,
  'vipVisit:page': FLOOR,
  'vipVisit:accept': STAFF,
  'vipVisit:finish': STAFF,
  'alert:acknowledge': FLOOR,
  'rating:submit': ['evaluator'],
  'day:close': ['admin'],
  'arrival:find': ['kiosk', 'lobby', 'admin'],
  'booking:checkIn': ['kiosk', 'lobby', 'admin'],
  'ticket:activate': ['kiosk', 'lobby', 'admin'],
  'sync:request': EVERYONE,
  'snapshot:get': EVERYONE,
};

/** What an issued ticket looks like to the kiosk that issued it (printed and shown). */
export interface IssuedTicket {
  ticket: TicketPublicView;
  laneId: string;
  businessTypeId: string;
  /** Tickets ahead in the real dispatch order (null before the first forecast, or when no counter will serve it). */
  ahead: number | null;
  estimate: WaitEstimate | null;
  issuedAt: number;
  /** Path of the mobile ticket page, `/t/<token>`. */
  mobilePath: string;
  vipTierId: string | null;
}

/** A booked customer's check-in: the ticket, and whether it was on time (late = served as a walk-in). */
export interface CheckedIn {
  issued: IssuedTicket;
  punctuality: Punctuality;
}

export type SyncResult = { kind: 'events'; events: QueueEvent[] } | { kind: 'snapshot'; snapshot: Snapshot };

export interface CommandResults {
  'ticket:issue': IssuedTicket;
  /** proof: short-lived, single use, bound to this device and tier; null when not recognised. */
  'vip:lookup': { tierId: string | null; proof: string | null };
  'counter:signOn': CounterStaffView;
  'counter:signOff': CounterStaffView;
  'counter:release': CounterStaffView;
  'counter:callNext': TicketStaffView;
  'counter:callTicket': TicketStaffView;
  'ticket:recall': TicketStaffView;
  'ticket:start': TicketStaffView;
  'ticket:finish': TicketStaffView;
  'ticket:markNoShow': TicketStaffView;
  'ticket:suspend': TicketStaffView;
  'ticket:transfer': TicketStaffView;
  'ticket:resume': TicketStaffView;
  'ticket:cancel': TicketStaffView;
  'ticket:reactivate': TicketStaffView;
  'ticket:setPriority': TicketStaffView;
  'ticket:addNote': TicketStaffView;
  'counter:pause': CounterStaffView;
  'counter:resume': CounterStaffView;
  'counter:open': CounterStaffView;
  'counter:close': CounterStaffView;
  'counter:setLanes': CounterStaffView;
  'lane:pause': LaneStats;
  'lane:resume': LaneStats;
  'hall:broadcast': { id: string };
  'emergency:start': { active: true };
  'emergency:end': { active: false };
  'vipVisit:start': VipVisitView;
  'vipVisit:page': VipVisitView;
  'vipVisit:accept': VipVisitView;
  'vipVisit:finish': VipVisitView;
  'alert:acknowledge': { alertId: string };
  'rating:submit': { ticketId: string };
  'day:close': { businessDate: string; closedTickets: number };
  'arrival:find': ArrivalMatch;
  'booking:checkIn': CheckedIn;
  'ticket:activate': IssuedTicket;
  'sync:request': SyncResult;
  'snapshot:get': Snapshot;
}
