import { businessDateOf, REPORT_ROUTES, staffLabel } from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import { workbookFile, type RestRouter } from '../../http/rest-router.ts';
import { reportFor } from './report-service.ts';
import { buildReportWorkbook, type TellerCards } from './report-workbook.ts';

/**
 * /api/reports: a day or a range (admin), today (admin and lobby), Excel of every table.
 * Past days are read from the tickets the day close left in the database.
 */
/** Tellers by name and 工号: the report names a person, never a staff id. */
function tellerNames(ctx: AppContext): Record<string, string> {
  return Object.fromEntries(ctx.store.staff.list().map((u) => [u.id, staffLabel(u)]));
}

function tellerCards(ctx: AppContext): TellerCards {
  return Object.fromEntries(ctx.store.staff.list().map((u) => [u.id, { name: u.name, staffNo: u.staffNo }]));
}

export function addReportRoutes(rest: RestRouter, ctx: AppContext): void {
  rest.add(REPORT_ROUTES.today, () => {
    const today = businessDateOf(ctx.clock(), ctx.config().hours.timeZone);
    return {
      ok: true,
      data: { report: reportFor(ctx.store, ctx.config(), today, today), tellerNames: tellerNames(ctx) },
    };
  });

  rest.add(REPORT_ROUTES.range, ({ query: { from, to } }) => ({
    ok: true,
    data: { report: reportFor(ctx.store, ctx.config(), from, to), tellerNames: tellerNames(ctx) },
  }));

  rest.add(REPORT_ROUTES.lowRatings, ({ query: { from, to } }) => ({
    ok: true,
    data: ctx.store.ratings.lowBetween(from, to).map(({ deviceId: _device, ...r }) => r),
  }));

  rest.add(REPORT_ROUTES.export, ({ query: { from, to } }) => {
    const report = reportFor(ctx.store, ctx.config(), from, to);
    return workbookFile(`report-${from}_${to}.xlsx`, buildReportWorkbook(report, ctx.config(), tellerCards(ctx)));
  });
}
