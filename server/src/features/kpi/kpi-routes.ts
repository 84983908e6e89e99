import { addDays } from '@lobby/shared';
import type { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import type { AdminActionLog } from '../admin/admin-action-log.ts';
import { allow, guarded, ISO_MONTH, parseBody, sendFailure, sendOk } from '../admin/admin-http.ts';
import { ComplaintStore } from '../complaints/complaint-store.ts';
import { loadReportData } from '../reports/report-source.ts';
import type { KpiAdjustmentStore } from './kpi-adjustment-store.ts';
import { buildScorecard } from './kpi-scorecard.ts';

/** Monthly teller scorecard and its recorded point adjustments. */
const Adjust = z.object({
  tellerId: z.string().min(1).max(64),
  month: z.string().regex(ISO_MONTH),
  points: z.number().int().min(-100).max(100).refine((n) => n !== 0, 'points must not be 0'),
  reason: z.string().trim().min(2).max(500),
});

function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

export function addKpiRoutes(ctx: AppContext, router: Router, adjustments: KpiAdjustmentStore, actions: AdminActionLog): void {
  const complaints = new ComplaintStore(ctx.db);
  router.get(
    '/admin/kpi',
    guarded(ctx, (req, res) => {
      if (!allow(ctx, req, res, ['admin'])) return;
      const month = String(req.query.month ?? '');
      if (!ISO_MONTH.test(month)) return sendFailure(res, 'INVALID_PAYLOAD', 'month must be YYYY-MM');
      const config = ctx.config();
      const { from, to } = monthRange(month);
      const { tickets, ratings } = loadReportData(ctx.db, from, to);
      const staff = ctx.store.staff.list();
      const monthAdjustments = adjustments.forMonth(month);
      const rows = buildScorecard({
        month,
        tickets,
        ratings,
        targetServiceMin: Object.fromEntries(config.businessTypes.map((b) => [b.id, b.targetServiceMin])),
        complaintsByTeller: complaints.countByTeller(from, to),
        adjustments: monthAdjustments,
        weights: config.kpiWeights,
        tellerNames: Object.fromEntries(staff.map((u) => [u.id, u.name])),
      });
      sendOk(res, { month, weights: config.kpiWeights, rows, adjustments: monthAdjustments });
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
      const adj = ctx.db.transaction(() => {
        const a = adjustments.add({ ...body, actorId: principal.id, createdAt: now });
        actions.record({ at: now, actorId: principal.id, action: 'kpi:adjust', target: body.tellerId, reason: body.reason, detail: { month: body.month, points: body.points } });
        return a;
      }).immediate();
      sendOk(res, adj);
    }),
  );
}
