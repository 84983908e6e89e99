/**
 * The complaint register (docs/requirements.md R95–R104). Any staff member may register (first-contact
 * responsibility); the lobby manager and admin follow up; the admin exports the ledger.
 * Contact details are customer data: purged after retention.
 */
import { z } from 'zod';
import { safeText } from '../text/safe-text.ts';
import { STAFF_ROLES } from '../protocol/roles.ts';
import { IdParamsSchema } from './common.ts';
import { defineRoute } from './route.ts';
import { AlertSchema } from './views.ts';

export const COMPLAINT_SOURCES = ['counter', 'lobby', 'hotline', 'online'] as const;
export const COMPLAINT_CATEGORIES = [
  'attitude',
  'efficiency',
  'waiting',
  'error',
  'fees',
  'environment',
  'other',
] as const;
/** R99: minor → solved in the branch, complex → escalated, serious → investigation. */
export const COMPLAINT_SEVERITIES = ['minor', 'complex', 'serious'] as const;
export const COMPLAINT_STATUSES = ['open', 'responded', 'resolved', 'verified', 'closed'] as const;
export type ComplaintSource = (typeof COMPLAINT_SOURCES)[number];
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const OVERDUE_CLOCKS = ['first_response', 'handling', 'written_result'] as const;
export type OverdueClock = (typeof OVERDUE_CLOCKS)[number];

export const ComplaintSchema = z.object({
  id: z.string(),
  receivedAt: z.number(),
  /** Branch-local date of receipt: the clocks count working days from here. */
  receivedDate: z.string(),
  source: z.enum(COMPLAINT_SOURCES),
  category: z.enum(COMPLAINT_CATEGORIES),
  severity: z.enum(COMPLAINT_SEVERITIES),
  status: z.enum(COMPLAINT_STATUSES),
  summary: z.string(),
  demand: z.string(),
  /** Null once purged. */
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  ticketId: z.string().nullable(),
  counterId: z.string().nullable(),
  /** Teller the complaint is about, if any (counts against the KPI quality part). */
  tellerId: z.string().nullable(),
  /** First-contact owner (首问负责): the staff member who accepted it. */
  ownerId: z.string(),
  firstResponseDue: z.string(),
  handlingDue: z.string(),
  /** Set once resolved: written result due 10 working days later (R101). */
  writtenResultDue: z.string().nullable(),
  respondedAt: z.number().nullable(),
  resolvedAt: z.number().nullable(),
  writtenResultAt: z.number().nullable(),
  verifiedAt: z.number().nullable(),
  closedAt: z.number().nullable(),
  resolution: z.string(),
  contactPurgedAt: z.number().nullable(),
});
export type Complaint = z.infer<typeof ComplaintSchema>;

export const ComplaintHistoryEntrySchema = z.object({
  id: z.number(),
  complaintId: z.string(),
  at: z.number(),
  actorId: z.string(),
  action: z.string(),
  note: z.string(),
});
export type ComplaintHistoryEntry = z.infer<typeof ComplaintHistoryEntrySchema>;

/** One event-log row of the ticket a complaint is about. */
export const ComplaintTimelineEntrySchema = z.object({
  seq: z.number(),
  type: z.string(),
  at: z.number(),
  /** Who pressed the button (a lobby manager may press it for a counter). */
  actorId: z.string().nullable(),
  /** The presser's name (a staff member with 工号, or the kiosk's device name). */
  actorName: z.string().nullable(),
  /** The staff member the ticket's handling was credited to at this step (the ticket's record). */
  staffId: z.string().nullable(),
  staffName: z.string().nullable(),
  reason: z.string().nullable(),
  counterId: z.string().nullable(),
});
export type ComplaintTimelineEntry = z.infer<typeof ComplaintTimelineEntrySchema>;

export const ComplaintWithOverdueSchema = ComplaintSchema.extend({ overdue: z.array(z.enum(OVERDUE_CLOCKS)) });
export type ComplaintWithOverdue = z.infer<typeof ComplaintWithOverdueSchema>;

export const ComplaintDetailResponseSchema = z.object({
  complaint: ComplaintSchema,
  history: z.array(ComplaintHistoryEntrySchema),
  ticketTimeline: z.array(ComplaintTimelineEntrySchema),
  overdue: z.array(z.enum(OVERDUE_CLOCKS)),
});
export type ComplaintDetailResponse = z.infer<typeof ComplaintDetailResponseSchema>;

const Text = (max: number, min = 0) => safeText({ max, min, multiline: true });

export const ComplaintCreateSchema = z.object({
  source: z.enum(COMPLAINT_SOURCES),
  category: z.enum(COMPLAINT_CATEGORIES),
  severity: z.enum(COMPLAINT_SEVERITIES),
  summary: Text(1000, 1),
  demand: Text(1000).default(''),
  contactName: safeText({ max: 60 }).default(''),
  contactPhone: safeText({ max: 40 }).default(''),
  ticketId: z.string().max(64).nullable().default(null),
  /** Alternative to ticketId: the number printed on the ticket and its business date. */
  ticketNumber: z.string().trim().max(10).nullable().default(null),
  ticketDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  counterId: z.string().max(64).nullable().default(null),
  /** Defaults to the teller the ticket's handling is credited to (who served it). */
  tellerId: z.string().max(64).nullable().default(null),
  /** Defaults to the registering staff member. */
  ownerId: z.string().max(64).nullable().default(null),
  /** For complaints received earlier (hotline, online) and registered now. */
  receivedAt: z.number().int().positive().nullable().default(null),
});
export type ComplaintCreate = z.output<typeof ComplaintCreateSchema>;
/** What a client sends (defaults may be left out). */
export type ComplaintCreateInput = z.input<typeof ComplaintCreateSchema>;

export const COMPLAINT_ACTIONS = ['respond', 'resolve', 'writtenResult', 'verify', 'close'] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

export const ComplaintActionSchema = z.object({
  action: z.enum(COMPLAINT_ACTIONS),
  note: Text(2000, 1),
});

export const ComplaintListQuerySchema = z.object({ status: z.enum(COMPLAINT_STATUSES).optional() });

export const COMPLAINT_ROUTES = {
  list: defineRoute({
    method: 'GET',
    path: '/complaints',
    summary: 'The complaint register, newest first, with each one’s overdue clocks',
    roles: ['admin', 'lobby'],
    query: ComplaintListQuerySchema,
    response: z.array(ComplaintWithOverdueSchema),
  }),
  register: defineRoute({
    method: 'POST',
    path: '/complaints',
    summary: 'Register a complaint (by ticket id, or by the printed number and its date)',
    roles: STAFF_ROLES,
    body: ComplaintCreateSchema,
    response: ComplaintSchema,
  }),
  export: defineRoute({
    method: 'GET',
    path: '/complaints/export.xlsx',
    summary: 'The complaint ledger as an Excel workbook',
    roles: ['admin'],
    query: ComplaintListQuerySchema,
    response: 'file',
  }),
  detail: defineRoute({
    method: 'GET',
    path: '/complaints/:id',
    summary: 'One complaint with its handling history and its ticket’s timeline',
    roles: ['admin', 'lobby'],
    params: IdParamsSchema,
    response: ComplaintDetailResponseSchema,
  }),
  act: defineRoute({
    method: 'POST',
    path: '/complaints/:id/actions',
    summary: 'The next handling step of a complaint (respond, resolve, written result, verify, close)',
    roles: ['admin', 'lobby'],
    params: IdParamsSchema,
    body: ComplaintActionSchema,
    response: ComplaintSchema,
  }),
  overdue: defineRoute({
    method: 'GET',
    path: '/complaints-overdue',
    summary: 'Alerts for complaints whose clocks ran out',
    // Complaint text names customers and counters: staff only, never a kiosk, display or evaluator.
    roles: STAFF_ROLES,
    response: z.array(AlertSchema),
  }),
} as const;
