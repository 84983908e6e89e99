import { z } from 'zod';
import type { TicketOutcome, TicketStatus } from '../domain/ticket.ts';

/**
 * REST shapes of the admin area (/api/admin, /api/reports, /api/complaints): reports,
 * KPI, complaints, audit, devices. Shared so the admin UI and the server agree.
 */

/**
 * What the report core needs of one ticket: its times and who served it. Built from the
 * stored tickets plus the event log (teller, suspend count), so the core stays pure.
 */
export interface ReportTicket {
  id: string;
  number: string;
  businessDate: string;
  laneId: string;
  businessTypeId: string;
  status: TicketStatus;
  outcome: TicketOutcome | null;
  issuedAt: number;
  /** Last call: the wait runs from issue to here (domain.md §4). */
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  /** Counter and teller that last handled the ticket. */
  counterId: string | null;
  tellerId: string | null;
  suspends: number;
  transfers: number;
}

export interface ReportRating {
  ticketId: string;
  attitude: number;
  efficiency: number;
}

/** The figures of one row of any report table (a day, an hour, a lane, a teller...). */
export interface ReportFigures {
  issued: number;
  served: number;
  noShow: number;
  cancelled: number;
  closedAtDayEnd: number;
  /** Minutes, one decimal; null when nothing to average. */
  meanWaitMin: number | null;
  p90WaitMin: number | null;
  maxWaitMin: number | null;
  meanServiceMin: number | null;
  meanWalkMin: number | null;
  /** Share (0–100) of called tickets whose wait stayed within their lane's target. */
  withinTargetPct: number | null;
  /** Share (0–100) of no-shows among tickets that were called. */
  noShowPct: number | null;
  meanAttitude: number | null;
  meanEfficiency: number | null;
  ratings: number;
  /** Share (0–100) of served tickets that were rated. */
  ratingResponsePct: number | null;
  suspends: number;
  transfers: number;
}

export interface ReportRow extends ReportFigures {
  key: string;
}

export interface WaitBucket {
  /** Lower bound, minutes; `toMin` null for the open last bucket. */
  fromMin: number;
  toMin: number | null;
  count: number;
}

export interface HourRow extends ReportRow {
  /** Tickets finished (served) in this hour, whatever hour they were issued: the "served" curve. */
  finishedInHour: number;
}

export interface BranchReport {
  from: string;
  to: string;
  days: string[];
  total: ReportFigures;
  byDay: ReportRow[];
  byHour: HourRow[];
  byLane: ReportRow[];
  byBusinessType: ReportRow[];
  byCounter: ReportRow[];
  byTeller: ReportRow[];
  waitDistribution: WaitBucket[];
}

/** The complaint register (R95–R104). Contact details are customer data: purged after retention. */
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

export interface Complaint {
  id: string;
  receivedAt: number;
  /** Branch-local date of receipt: the clocks count working days from here. */
  receivedDate: string;
  source: ComplaintSource;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  status: ComplaintStatus;
  summary: string;
  demand: string;
  /** Null once purged. */
  contactName: string | null;
  contactPhone: string | null;
  ticketId: string | null;
  counterId: string | null;
  /** Teller the complaint is about, if any (counts against the KPI quality part). */
  tellerId: string | null;
  /** First-contact owner (首问负责): the staff member who accepted it. */
  ownerId: string;
  firstResponseDue: string;
  handlingDue: string;
  /** Set once resolved: written result due 10 working days later (R101). */
  writtenResultDue: string | null;
  respondedAt: number | null;
  resolvedAt: number | null;
  writtenResultAt: number | null;
  verifiedAt: number | null;
  closedAt: number | null;
  resolution: string;
  contactPurgedAt: number | null;
}

export interface ComplaintHistoryEntry {
  id: number;
  complaintId: string;
  at: number;
  actorId: string;
  action: string;
  note: string;
}

const Text = (max: number) => z.string().trim().max(max);

export const ComplaintCreateSchema = z.object({
  source: z.enum(COMPLAINT_SOURCES),
  category: z.enum(COMPLAINT_CATEGORIES),
  severity: z.enum(COMPLAINT_SEVERITIES),
  summary: Text(1000).min(1),
  demand: Text(1000).default(''),
  contactName: Text(60).default(''),
  contactPhone: Text(40).default(''),
  ticketId: z.string().max(64).nullable().default(null),
  /** Alternative to ticketId: the number printed on the ticket and its business date. */
  ticketNumber: z.string().trim().max(10).nullable().default(null),
  ticketDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  counterId: z.string().max(64).nullable().default(null),
  tellerId: z.string().max(64).nullable().default(null),
  /** Defaults to the registering staff member. */
  ownerId: z.string().max(64).nullable().default(null),
  /** For complaints received earlier (hotline, online) and registered now. */
  receivedAt: z.number().int().positive().nullable().default(null),
});
export type ComplaintCreate = z.output<typeof ComplaintCreateSchema>;

export const COMPLAINT_ACTIONS = ['respond', 'resolve', 'writtenResult', 'verify', 'close'] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

export const ComplaintActionSchema = z.object({
  action: z.enum(COMPLAINT_ACTIONS),
  note: Text(2000).min(1),
});

/** KPI scorecard row (per teller per month) and the recorded point adjustments (R51–R53). */
export interface KpiAdjustment {
  id: string;
  tellerId: string;
  month: string;
  points: number;
  reason: string;
  actorId: string;
  createdAt: number;
}

/** A teller's monthly score and rank, before the month is compared with the ones before it. */
export interface KpiRankedRow {
  rank: number;
  tellerId: string;
  tellerName: string;
  handled: number;
  served: number;
  meanServiceMin: number | null;
  meanWaitMin: number | null;
  ratings: number;
  complaints: number;
  efficiency: number | null;
  quality: number | null;
  satisfaction: number | null;
  adjustmentPoints: number;
  score: number;
}

/**
 * What R52 asks of the branch for a teller at the bottom of the ranking; the talks and the
 * HR steps themselves happen outside the system.
 */
export const KPI_FOLLOW_UPS = ['none', 'roomManagerTalk', 'departmentHeadTalk', 'offPost'] as const;
export type KpiFollowUp = (typeof KPI_FOLLOW_UPS)[number];

export interface KpiRow extends KpiRankedRow {
  /** Consecutive months, ending with this one, in the branch's bottom 3 / bottom 5 (R52). */
  bottom3Months: number;
  bottom5Months: number;
  followUp: KpiFollowUp;
}

export interface KpiScorecard {
  month: string;
  weights: { efficiency: number; quality: number; satisfaction: number };
  rows: KpiRow[];
  adjustments: KpiAdjustment[];
}

export interface ReportResponse {
  report: BranchReport;
  tellerNames: Record<string, string>;
}

/** One line of the audit viewer: an event-log row or an admin action. */
/** Admin actions recorded in the audit log besides the queue's own events (closed set: the audit viewer names each). */
export const ADMIN_ACTIONS = [
  'config:update',
  'staff:create',
  'staff:update',
  'staff:passwordReset',
  'device:pair',
  'device:revoke',
  'vip:import',
  'kpi:adjust',
  'retention:purge',
  'complaint:register',
] as const;
export type AdminActionName = (typeof ADMIN_ACTIONS)[number];

export interface AuditEntry {
  source: 'event' | 'admin';
  id: string;
  at: number;
  actorId: string | null;
  actorName: string | null;
  action: string;
  target: string | null;
  reason: string | null;
}

export interface PurgeResult {
  cutoff: number;
  ticketIdentifiers: number;
  complaintContacts: number;
}

export interface AdminStaffUser {
  id: string;
  username: string;
  name: string;
  role: 'teller' | 'lobby' | 'admin';
  staffNo: string;
  active: boolean;
}

export interface AdminDevice {
  id: string;
  kind: 'kiosk' | 'display' | 'evaluator';
  name: string;
  counterId: string | null;
  createdAt: number;
  revokedAt: number | null;
}

/** The pairing answer: the token is shown once and never again. */
export interface PairedDevice {
  device: AdminDevice;
  token: string;
  pairingPath: string;
}

export interface VipImportResult {
  imported: number;
  replaced: boolean;
  total: number;
}

export interface VipImportError {
  line: number;
  message: string;
}

export interface ComplaintTimelineEntry {
  seq: number;
  type: string;
  at: number;
  actorId: string | null;
  reason: string | null;
  counterId: string | null;
}

export interface ComplaintWithOverdue extends Complaint {
  overdue: OverdueClock[];
}

export interface ComplaintDetailResponse {
  complaint: Complaint;
  history: ComplaintHistoryEntry[];
  ticketTimeline: ComplaintTimelineEntry[];
  overdue: OverdueClock[];
}
