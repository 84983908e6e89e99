import { addDays } from '@lobby/shared';
import type { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import type { AdminActionLog } from '../admin/admin-action-log.ts';
import { allow, guarded, ISO_MONTH, parseBody, sendFailure, sendOk } from '../../http/respond.ts';
import { ComplaintStore } from '../complaints/complaint-store.ts';
import { loadReportData } from '../reports/report-source.ts';
import type { KpiAdjustmentStore } from './kpi-adjustment-store.ts';
import { BOTTOM_STREAK_MONTHS, withBottomStreaks } from './kpi-bottom-streaks.ts';
import { buildScorecard } from './kpi-scorecard.ts';

/** Monthly teller scorecard and its recorded point adjustments. */
const Adjust = z.object({
  tellerId: z.string().min(1).max(64),
  month: z.string().regex(ISO_MONTH),
  points: z
    .number()
    .int()
    .min(-100)
    .max(100)
    .refine((n) => n !== 0, 'points must not be 0'),
  reason: z.string().trim().min(2).max(500),
});

function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export function addKpiRoutes(
  ctx: AppContext,
  router: Router,
  adjustments: KpiAdjustmentStore,
  actions: AdminActionLog,
): void {
  const complaints = new ComplaintStore(ctx.db);
  /** Each month's ranked scorecard (the ranking R51 asks for), under today's targets, weights and names. */
  const rankedMonths = (months: string[]) => {
    const config = ctx.config();
    const targetServiceMin = Object.fromEntries(config.businessTypes.map((b) => [b.id, b.targetServiceMin]));
    const tellerNames = Object.fromEntries(ctx.store.staff.list().map((u) => [u.id, u.name]));
    return months.map((month) => {
      const { from, to } = monthRange(month);
      const { tickets, ratings } = loadReportData(ctx.db, from, to);
      return buildScorecard({
        month,
        tickets,
        ratings,
        targetServiceMin,
        complaintsByTeller: complaints.countByTeller(from, to),
        adjustments: adjustments.forMonth(month),
        weights: config.kpiWeights,
        tellerNames,
      });
    });
  };

  router.get(
    '/admin/kpi',
    guarded(ctx, (req, res) => {
      if (!allow(ctx, req, res, ['admin'])) return;
      const month = String(req.query.month ?? '');
      if (!ISO_MONTH.test(month)) return sendFailure(res, 'INVALID_PAYLOAD', 'month must be YYYY-MM');
      // The months before it, newest first, for the bottom-N runs of R52.
      const earlier: string[] = [];
      for (let m = month; earlier.length < BOTTOM_STREAK_MONTHS - 1;) earlier.push((m = previousMonth(m)));
      const [current, ...before] = rankedMonths([month, ...earlier]);
      const rows = withBottomStreaks(current!, before);
      sendOk(res, { month, weights: ctx.config().kpiWeights, rows, adjustments: adjustments.forMonth(month) });
    }),
  );

  router.post(
    '/admin/kpi/adjustments',
    guarded(ctx, (req, res) => {
      const principal = allow(ctx, req, res, ['admin']);
      if (!principal) return;
      const body = parseBody(Adjust, req, res);
      if (!body) return;
      if (!ctx.store.staff.byId(body.tellerId)) return sendFailure(res, 'NOT_FOUND', 'unknown teller');
      const now = ctx.clock();
      const adj = ctx.db
        .transaction(() => {
          const a = adjustments.add({ ...body, actorId: principal.id, createdAt: now });
          actions.record({
            at: now,
            actorId: principal.id,
            action: 'kpi:adjust',
            target: body.tellerId,
            reason: body.reason,
            detail: { month: body.month, points: body.points },
          });
          return a;
        })
        .immediate();
      sendOk(res, adj);
    }),
  );
}
