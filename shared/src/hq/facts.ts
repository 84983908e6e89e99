/**
 * What leaves a branch for head office: public facts and staff statistics, nothing more.
 * Every object is `.strict()`: a field nobody listed here (a note, a phone number, a
 * customer identifier) is refused at head office even if a branch bug let it through.
 * Tellers appear by staff number (工号) only.
 */
import { z } from 'zod';
import { ALERT_KINDS, QUEUE_EVENT_TYPES } from '../protocol/events.ts';
import { COUNTER_STATUSES, PAUSE_REASONS } from '../domain/floor.ts';
import { FINISH_OUTCOMES, ISSUE_CHANNELS, TICKET_STATUSES } from '../domain/ticket.ts';
import { LANE_KINDS } from '../config/branch-config.ts';
import { LocalizedTextSchema } from '../text/localized.ts';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_SEVERITIES,
  COMPLAINT_SOURCES,
  COMPLAINT_STATUSES,
} from '../rest/complaints.ts';

const Id = z.string().min(1).max(64);
const Ms = z.number().int().nonnegative();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const StaffNo = z.string().min(1).max(20);

/**
 * The one shape of every fact that carries a single object: its kind, its time, and the
 * object under a field named like the kind — `{ kind: 'alert', at, alert: {…} }`.
 */
function factOf<K extends string, S extends z.ZodType>(kind: K, payload: S) {
  const shape = { kind: z.literal(kind), at: Ms, [kind]: payload } as {
    kind: z.ZodLiteral<K>;
    at: typeof Ms;
  } & Record<K, S>;
  return z.object(shape).strict();
}

export const HqTicketFactSchema = z
  .object({
    id: Id,
    number: z.string().min(1).max(8),
    laneId: Id,
    businessTypeId: Id,
    businessDate: IsoDate,
    status: z.enum(TICKET_STATUSES),
    // Every TicketOutcome (the projection's typecheck fails when the branch gains one this lacks).
    outcome: z.enum([...FINISH_OUTCOMES, 'no_show', 'cancelled', 'closed_at_day_end', 'lapsed']).nullable(),
    channel: z.enum(ISSUE_CHANNELS),
    issuedAt: Ms,
    firstCalledAt: Ms.nullable(),
    calledAt: Ms.nullable(),
    startedAt: Ms.nullable(),
    finishedAt: Ms.nullable(),
    counterId: Id.nullable(),
    /** Staff number of the teller the ticket's handling is credited to (who served it). */
    tellerNo: StaffNo.nullable(),
    recalls: z.number().int().nonnegative(),
    transfers: z.number().int().nonnegative(),
    priorityGroupId: Id.nullable(),
    vipTierId: Id.nullable(),
    /** The lane's target wait and the business type's target service time as the branch had them. */
    targetWaitMin: z.number().positive().nullable(),
    targetServiceMin: z.number().positive().nullable(),
  })
  .strict();
export type HqTicketFact = z.infer<typeof HqTicketFactSchema>;

export const HqLaneFactSchema = z
  .object({
    laneId: Id,
    waiting: z.number().int().nonnegative(),
    longestWaitMs: Ms,
    paused: z.boolean(),
    estimateLowMin: z.number().nonnegative().nullable(),
    estimateHighMin: z.number().nonnegative().nullable(),
    issuedToday: z.number().int().nonnegative(),
  })
  .strict();
export type HqLaneFact = z.infer<typeof HqLaneFactSchema>;

export const HqCounterFactSchema = z
  .object({
    id: Id,
    number: z.number().int(),
    status: z.enum(COUNTER_STATUSES),
    pauseReason: z.enum(PAUSE_REASONS).nullable(),
    online: z.boolean(),
    tellerNo: StaffNo.nullable(),
    laneIds: z.array(Id).max(10),
    currentNumber: z.string().max(8).nullable(),
    idleSince: Ms.nullable(),
  })
  .strict();
export type HqCounterFact = z.infer<typeof HqCounterFactSchema>;

export const HqQueueFactSchema = z
  .object({
    kind: z.literal('queue'),
    /** The branch event-log seq the fact was projected from. */
    eventSeq: z.number().int().positive(),
    type: z.enum(QUEUE_EVENT_TYPES),
    at: Ms,
    businessDate: IsoDate,
    /** Staff number of whoever acted (null: the system, a device, or not a staff member). */
    actorNo: StaffNo.nullable(),
    lanes: z.array(HqLaneFactSchema).max(26),
    tickets: z.array(HqTicketFactSchema).max(2000),
    counter: HqCounterFactSchema.nullable(),
    rating: z
      .object({ ticketId: Id, attitude: z.number().int().min(1).max(5), efficiency: z.number().int().min(1).max(5) })
      .strict()
      .nullable(),
    emergency: z.boolean().nullable(),
  })
  .strict();
export type HqQueueFact = z.infer<typeof HqQueueFactSchema>;

export const HqBranchProfileSchema = z
  .object({
    branchId: Id,
    name: LocalizedTextSchema,
    timeZone: z.string().min(1).max(60),
    configVersion: z.number().int().min(1),
    catalogueVersion: z.number().int().min(1).nullable(),
    lanes: z
      .array(
        z
          .object({
            id: Id,
            kind: z.enum(LANE_KINDS),
            prefix: z.string().max(2),
            name: LocalizedTextSchema,
            targetWaitMin: z.number().positive(),
          })
          .strict(),
      )
      .max(26),
    businessTypes: z
      .array(
        z
          .object({
            id: Id,
            laneId: Id,
            name: LocalizedTextSchema,
            targetServiceMin: z.number().positive(),
            enabled: z.boolean(),
          })
          .strict(),
      )
      .max(200),
    counters: z
      .array(z.object({ id: Id, number: z.number().int(), name: LocalizedTextSchema, laneIds: z.array(Id) }).strict())
      .max(99),
  })
  .strict();
export type HqBranchProfile = z.infer<typeof HqBranchProfileSchema>;

export const HqProfileFactSchema = factOf('profile', HqBranchProfileSchema);
export type HqProfileFact = z.infer<typeof HqProfileFactSchema>;

/** A complaint's state and clocks; never its summary, demand, resolution or contact. */
export const HqComplaintSchema = z
  .object({
    id: Id,
    receivedAt: Ms,
    receivedDate: IsoDate,
    source: z.enum(COMPLAINT_SOURCES),
    category: z.enum(COMPLAINT_CATEGORIES),
    severity: z.enum(COMPLAINT_SEVERITIES),
    status: z.enum(COMPLAINT_STATUSES),
    ticketId: Id.nullable(),
    counterId: Id.nullable(),
    tellerNo: StaffNo.nullable(),
    firstResponseDue: IsoDate,
    handlingDue: IsoDate,
    writtenResultDue: IsoDate.nullable(),
    respondedAt: Ms.nullable(),
    resolvedAt: Ms.nullable(),
    writtenResultAt: Ms.nullable(),
    verifiedAt: Ms.nullable(),
    closedAt: Ms.nullable(),
  })
  .strict();
export type HqComplaint = z.infer<typeof HqComplaintSchema>;

export const HqComplaintFactSchema = factOf('complaint', HqComplaintSchema);
export type HqComplaintFact = z.infer<typeof HqComplaintFactSchema>;

export const HqAlertFactSchema = factOf(
  'alert',
  z
    .object({
      id: Id,
      action: z.enum(['raised', 'acknowledged', 'cleared']),
      kind: z.enum(ALERT_KINDS),
      laneId: Id.nullable(),
      counterId: Id.nullable(),
    })
    .strict(),
);
export type HqAlertFact = z.infer<typeof HqAlertFactSchema>;

export const HqFactBodySchema = z.discriminatedUnion('kind', [
  HqQueueFactSchema,
  HqProfileFactSchema,
  HqComplaintFactSchema,
  HqAlertFactSchema,
]);
export type HqFactBody = z.infer<typeof HqFactBodySchema>;
export type HqFactKind = HqFactBody['kind'];
