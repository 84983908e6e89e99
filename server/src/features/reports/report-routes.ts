import { businessDateOf } from '@lobby/shared';
import type { Router } from 'express';
import type { AppContext } from '../../app/context.ts';
import { allow, guarded, ISO_DATE, sendFailure, sendOk, sendWorkbook } from '../../http/respond.ts';
import { rangeIsValid, reportFor } from './report-service.ts';
import { buildReportWorkbook } from './report-workbook.ts';

/**
 * /api/reports: a day or a range (admin), today (admin and lobby), Excel of every table.
 * Past days are read from the tickets the day close left in the database.
 */
function tellerNames(ctx: AppContext): Record<string, string> {
  return Object.fromEntries(ctx.store.staff.list().map((u) => [u.id, u.name]));
}

export function addReportRoutes(ctx: AppContext, router: Router): void {
  const range = (q: Record<string, unknown>): { from: string; to: string } | null => {
    const from = typeof q.from === 'string' ? q.from : typeof q.date === 'string' ? q.date : '';
    const to = typeof q.to === 'string' ? q.to : from;
    return ISO_DATE.test(from) && ISO_DATE.test(to) && rangeIsValid(from, to) ? { from, to } : null;
  };

  router.get(
    '/reports/today',
    guarded(ctx, (req, res) => {
      if (!allow(ctx, req, res, ['admin', 'lobby'])) return;
      const today = businessDateOf(ctx.clock(), ctx.config().hours.timeZone);
      sendOk(res, { report: reportFor(ctx.db, ctx.config(), today, today), tellerNames: tellerNames(ctx) });
    }),
  );

  router.get(
    '/reports',
    guarded(ctx, (req, res) => {
      if (!allow(ctx, req, res, ['admin'])) return;
      const r = range(req.query);
      if (!r) return sendFailure(res, 'INVALID_PAYLOAD', 'from/to must be YYYY-MM-DD, from ≤ to, at most a year');
      sendOk(res, { report: reportFor(ctx.db, ctx.config(), r.from, r.to), tellerNames: tellerNames(ctx) });
    }),
  );

  router.get(
    '/reports/export.xlsx',
    guarded(ctx, async (req, res) => {
      if (!allow(ctx, req, res, ['admin'])) return;
      const r = range(req.query);
      if (!r) return sendFailure(res, 'INVALID_PAYLOAD', 'from/to must be YYYY-MM-DD, from ≤ to, at most a year');
      const report = reportFor(ctx.db, ctx.config(), r.from, r.to);
      await sendWorkbook(
        res,
        `report-${r.from}_${r.to}.xlsx`,
        buildReportWorkbook(report, ctx.config(), tellerNames(ctx)),
      );
    }),
  );
}
