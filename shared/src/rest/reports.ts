import { z } from 'zod';
import { IsoDateSchema } from './common.ts';
import { defineRoute } from './route.ts';

/** Branch reports over business dates (admin; today also the lobby) and their Excel export. */
const Min = z.number().nullable();
const Pct = z.number().nullable();

/** The figures of one row of any report table (a day, an hour, a lane, a teller...). */
export const ReportFiguresSchema = z.object({
  issued: z.number(),
  served: z.number(),
  noShow: z.number(),
  cancelled: z.number(),
  closedAtDayEnd: z.number(),
  /** Minutes, one decimal; null when nothing to average. */
  meanWaitMin: Min,
  p90WaitMin: Min,
  maxWaitMin: Min,
  meanServiceMin: Min,
  meanWalkMin: Min,
  /** Share (0–100) of called tickets whose wait stayed within their lane's target. */
  withinTargetPct: Pct,
  /** Share (0–100) of no-shows among tickets that were called. */
  noShowPct: Pct,
  meanAttitude: z.number().nullable(),
  meanEfficiency: z.number().nullable(),
  ratings: z.number(),
  /** Share (0–100) of served tickets that were rated. */
  ratingResponsePct: Pct,
  suspends: z.number(),
  transfers: z.number(),
});
export type ReportFigures = z.infer<typeof ReportFiguresSchema>;

export const ReportRowSchema = ReportFiguresSchema.extend({ key: z.string() });
export type ReportRow = z.infer<typeof ReportRowSchema>;

export const HourRowSchema = ReportRowSchema.extend({
  /** Tickets finished (served) in this hour, whatever hour they were issued: the "served" curve. */
  finishedInHour: z.number(),
});
export type HourRow = z.infer<typeof HourRowSchema>;

export const WaitBucketSchema = z.object({
  /** Lower bound, minutes; `toMin` null for the open last bucket. */
  fromMin: z.number(),
  toMin: z.number().nullable(),
  count: z.number(),
});
export type WaitBucket = z.infer<typeof WaitBucketSchema>;

/** Waits of one group of customers (booked on time vs everyone else). */
export const WaitGroupSchema = z.object({
  tickets: z.number(),
  meanWaitMin: Min,
  p90WaitMin: Min,
  maxWaitMin: Min,
  /** Share (0–100) of called tickets whose wait stayed within their lane's target. */
  withinTargetPct: Pct,
});
export type WaitGroup = z.infer<typeof WaitGroupSchema>;

/**
 * Appointments over the period (by the slot's business date): bookings and what became of
 * them, check-in rate and punctuality, and the waits of booked customers (checked in on time,
 * with the head start) against walk-ins (everyone else, late arrivals included: they queue as
 * walk-ins).
 */
export const AppointmentReportSchema = z.object({
  /** Bookings not cancelled. */
  bookings: z.number(),
  cancelled: z.number(),
  checkedIn: z.number(),
  onTime: z.number(),
  late: z.number(),
  /** Never came (no-show at the day close). */
  missed: z.number(),
  /** Still expected (today's later slots). */
  expected: z.number(),
  /** Share (0–100) of bookings whose day has ended or who came, that checked in. */
  checkInPct: Pct,
  /** Share (0–100) of check-ins that were on time. */
  onTimePct: Pct,
  booked: WaitGroupSchema,
  walkIn: WaitGroupSchema,
});
export type AppointmentReport = z.infer<typeof AppointmentReportSchema>;

export const BranchReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  days: z.array(z.string()),
  total: ReportFiguresSchema,
  byDay: z.array(ReportRowSchema),
  byHour: z.array(HourRowSchema),
  byLane: z.array(ReportRowSchema),
  byBusinessType: z.array(ReportRowSchema),
  byCounter: z.array(ReportRowSchema),
  byTeller: z.array(ReportRowSchema),
  waitDistribution: z.array(WaitBucketSchema),
  appointments: AppointmentReportSchema,
});
export type BranchReport = z.infer<typeof BranchReportSchema>;

export const ReportResponseSchema = z.object({
  report: BranchReportSchema,
  tellerNames: z.record(z.string(), z.string()),
});
export type ReportResponse = z.infer<typeof ReportResponseSchema>;

/** At most a year (366 days) per report. */
export const MAX_REPORT_DAYS = 366;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** `from`–`to` (inclusive), or `date` for one day; from ≤ to, at most MAX_REPORT_DAYS. */
export const ReportRangeQuerySchema = z
  .object({ from: IsoDateSchema.optional(), to: IsoDateSchema.optional(), date: IsoDateSchema.optional() })
  .transform((q, ctx) => {
    const from = q.from ?? q.date;
    if (from === undefined) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'from (or date) is required' });
      return z.NEVER;
    }
    const to = q.to ?? from;
    const days = daysBetween(from, to);
    if (days < 0 || days >= MAX_REPORT_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'from ≤ to, at most a year' });
      return z.NEVER;
    }
    return { from, to };
  });

/** A 非常不满意 / 不满意 rating as the reports list it, with the reasons the customer picked. */
export const LowRatingSchema = z.object({
  ticketId: z.string(),
  number: z.string().nullable(),
  businessDate: z.string(),
  counterId: z.string(),
  tellerId: z.string().nullable(),
  attitude: z.number(),
  efficiency: z.number(),
  /** Ids from the configuration's ratingReasons. */
  reasons: z.array(z.string()),
  ratedAt: z.number(),
});
export type LowRating = z.infer<typeof LowRatingSchema>;

export const REPORT_ROUTES = {
  today: defineRoute({
    method: 'GET',
    path: '/reports/today',
    summary: 'Today’s report so far',
    roles: ['admin', 'lobby'],
    response: ReportResponseSchema,
  }),
  range: defineRoute({
    method: 'GET',
    path: '/reports',
    summary: 'The report over business dates',
    roles: ['admin'],
    query: ReportRangeQuerySchema,
    response: ReportResponseSchema,
  }),
  lowRatings: defineRoute({
    method: 'GET',
    path: '/reports/low-ratings',
    summary: 'Ratings of 1 or 2 over business dates, newest first, with their reasons',
    roles: ['admin'],
    query: ReportRangeQuerySchema,
    response: z.array(LowRatingSchema),
  }),
  export: defineRoute({
    method: 'GET',
    path: '/reports/export.xlsx',
    summary: 'The report over business dates as an Excel workbook',
    roles: ['admin'],
    query: ReportRangeQuerySchema,
    response: 'file',
  }),
} as const;
