import { z } from 'zod';
import { safeText } from '../text/safe-text.ts';
import { IsoMonthSchema } from './common.ts';
import { defineRoute } from './route.ts';

/** The monthly teller scorecard (docs/requirements.md R51–R53) and its recorded point adjustments (admin). */
export const KpiAdjustmentSchema = z.object({
  id: z.string(),
  tellerId: z.string(),
  month: z.string(),
  points: z.number(),
  reason: z.string(),
  actorId: z.string(),
  createdAt: z.number(),
});
export type KpiAdjustment = z.infer<typeof KpiAdjustmentSchema>;

/** A teller's monthly score and rank, before the month is compared with the ones before it. */
export const KpiRankedRowSchema = z.object({
  rank: z.number(),
  tellerId: z.string(),
  tellerName: z.string(),
  handled: z.number(),
  served: z.number(),
  meanServiceMin: z.number().nullable(),
  meanWaitMin: z.number().nullable(),
  ratings: z.number(),
  complaints: z.number(),
  efficiency: z.number().nullable(),
  quality: z.number().nullable(),
  satisfaction: z.number().nullable(),
  adjustmentPoints: z.number(),
  score: z.number(),
});
export type KpiRankedRow = z.infer<typeof KpiRankedRowSchema>;

/**
 * What R52 asks of the branch for a teller at the bottom of the ranking; the talks and the
 * HR steps themselves happen outside the system.
 */
export const KPI_FOLLOW_UPS = ['none', 'roomManagerTalk', 'departmentHeadTalk', 'offPost'] as const;
export type KpiFollowUp = (typeof KPI_FOLLOW_UPS)[number];

export const KpiRowSchema = KpiRankedRowSchema.extend({
  /** Consecutive months, ending with this one, in the branch's bottom 3 / bottom 5 (R52). */
  bottom3Months: z.number(),
  bottom5Months: z.number(),
  followUp: z.enum(KPI_FOLLOW_UPS),
});
export type KpiRow = z.infer<typeof KpiRowSchema>;

export const KpiScorecardSchema = z.object({
  month: z.string(),
  weights: z.object({ efficiency: z.number(), quality: z.number(), satisfaction: z.number() }),
  rows: z.array(KpiRowSchema),
  adjustments: z.array(KpiAdjustmentSchema),
});
export type KpiScorecard = z.infer<typeof KpiScorecardSchema>;

export const KpiQuerySchema = z.object({ month: IsoMonthSchema });

export const KpiAdjustSchema = z.object({
  tellerId: z.string().min(1).max(64),
  month: IsoMonthSchema,
  points: z
    .number()
    .int()
    .min(-100)
    .max(100)
    .refine((n) => n !== 0, 'points must not be 0'),
  reason: safeText({ min: 2, max: 500 }),
});

export const KPI_ROUTES = {
  scorecard: defineRoute({
    method: 'GET',
    path: '/admin/kpi',
    summary: 'The tellers’ scorecard of a month, ranked, with their bottom-3/5 runs',
    roles: ['admin'],
    query: KpiQuerySchema,
    response: KpiScorecardSchema,
  }),
  adjust: defineRoute({
    method: 'POST',
    path: '/admin/kpi/adjustments',
    summary: 'Record a point adjustment for a teller’s month, with its reason',
    roles: ['admin'],
    body: KpiAdjustSchema,
    response: KpiAdjustmentSchema,
  }),
} as const;
