/**
 * Response schemas of the projections the socket protocol also carries. The TypeScript
 * interfaces stay where the socket protocol declares them; `satisfies` ties each schema to
 * its interface, so a field renamed in one fails the typecheck until the other follows.
 * Response schemas describe shape only (no length limits): they check what the server says.
 */
import { z } from 'zod';
import { BranchConfigSchema } from '../config/branch-config.ts';
import {
  COUNTER_STATUSES,
  type CallAnnouncement,
  type CounterPublicView,
  type EmergencyState,
  type EstimatesView,
  type HallMessage,
  type LaneStats,
  type WaitEstimate,
} from '../domain/floor.ts';
import { TICKET_STATUSES, type TicketPublicView } from '../domain/ticket.ts';
import type { IssuedTicket } from '../protocol/commands.ts';
import { ALERT_KINDS, type Alert, type PublicSnapshot } from '../protocol/events.ts';
import type { LocalizedText } from '../text/localized.ts';

export const LocalizedTextView = z.object({ zh: z.string(), en: z.string() }) satisfies z.ZodType<LocalizedText>;

export const WaitEstimateView = z.object({
  pointMin: z.number().describe('The printed wait: the point most likely within ±(25 % + 2 min)'),
  lowMin: z.number(),
  highMin: z.number().describe('With lowMin: the range that holds 8 waits in 10'),
  aboutNow: z.boolean().describe('Nobody ahead and a counter free: called at once'),
}) satisfies z.ZodType<WaitEstimate>;

export const TicketPublicViewSchema = z.object({
  id: z.string(),
  number: z.string(),
  laneId: z.string(),
  status: z.enum(TICKET_STATUSES),
  counterId: z.string().nullable(),
  calledAt: z.number().nullable(),
}) satisfies z.ZodType<TicketPublicView>;

export const CounterPublicViewSchema = z.object({
  id: z.string(),
  number: z.number(),
  name: LocalizedTextView,
  zoneId: z.string(),
  laneIds: z.array(z.string()),
  status: z.enum(COUNTER_STATUSES),
  away: z.boolean(),
  currentNumber: z.string().nullable(),
}) satisfies z.ZodType<CounterPublicView>;

export const LaneStatsSchema = z.object({
  laneId: z.string(),
  waiting: z.number(),
  longestWaitMs: z.number(),
  estimate: WaitEstimateView.nullable(),
  ahead: z.number().nullable(),
  paused: z.boolean(),
  issuedToday: z.number(),
}) satisfies z.ZodType<LaneStats>;

export const EstimatesViewSchema = z.object({
  at: z.number(),
  seq: z.number(),
  lanes: z.array(LaneStatsSchema),
  newTickets: z.array(
    z.object({
      laneId: z.string(),
      priorityGroupId: z.string().nullable(),
      vipTierId: z.string().nullable(),
      ahead: z.number(),
      estimate: WaitEstimateView,
    }),
  ),
  tickets: z.array(z.object({ ticketId: z.string(), ahead: z.number(), estimate: WaitEstimateView })),
}) satisfies z.ZodType<EstimatesView>;

export const CallAnnouncementSchema = z.object({
  ticketId: z.string(),
  number: z.string(),
  laneId: z.string(),
  counterId: z.string(),
  counterNumber: z.number(),
  counterName: LocalizedTextView,
  at: z.number(),
  recall: z.number(),
}) satisfies z.ZodType<CallAnnouncement>;

export const EmergencyStateSchema = z.object({
  active: z.boolean(),
  message: z.string(),
  since: z.number().nullable(),
}) satisfies z.ZodType<EmergencyState>;

export const HallMessageSchema = z.object({
  id: z.string(),
  text: z.string(),
  speak: z.boolean(),
  at: z.number(),
  expiresAt: z.number(),
}) satisfies z.ZodType<HallMessage>;

export const PublicSnapshotSchema = z.object({
  audience: z.literal('public'),
  seq: z.number(),
  businessDate: z.string(),
  serverTime: z.number(),
  config: BranchConfigSchema,
  lanes: z.array(LaneStatsSchema),
  recentCalls: z.array(CallAnnouncementSchema),
  emergency: EmergencyStateSchema,
  lastMessage: HallMessageSchema.nullable(),
  estimates: EstimatesViewSchema.nullable(),
  tickets: z.array(TicketPublicViewSchema),
  counters: z.array(CounterPublicViewSchema),
}) satisfies z.ZodType<PublicSnapshot>;

export const IssuedTicketSchema = z.object({
  ticket: TicketPublicViewSchema,
  laneId: z.string(),
  businessTypeId: z.string(),
  ahead: z.number().int().nullable(),
  estimate: WaitEstimateView.nullable(),
  issuedAt: z.number(),
  mobilePath: z.string().describe('Path of the mobile ticket page, /t/<token>'),
  vipTierId: z.string().nullable(),
}) satisfies z.ZodType<IssuedTicket>;

export const AlertSchema = z.object({
  id: z.string(),
  kind: z.enum(ALERT_KINDS),
  laneId: z.string().nullable(),
  counterId: z.string().nullable(),
  ticketId: z.string().nullable(),
  message: LocalizedTextView,
  suggestion: LocalizedTextView.nullable(),
  raisedAt: z.number(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.number().nullable(),
}) satisfies z.ZodType<Alert>;
