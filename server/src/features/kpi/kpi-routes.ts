import { fail, KPI_ROUTES } from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import type { RestRouter } from '../../http/rest-router.ts';
import { loadReportData } from '../reports/report-source.ts';
import { BOTTOM_STREAK_MONTHS, withBottomStreaks } from './kpi-bottom-streaks.ts';
import { buildScorecard } from './kpi-scorecard.ts';

/** Monthly teller scorecard and its recorded point adjustments. */
function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  // Day 0 of the next month is this month's last day (also for December 9999).
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1
    ? `${String(y - 1).padStart(4, '0')}-12`
    : `${String(y).padStart(4, '0')}-${String(m - 1).padStart(2, '0')}`;
}

export function addKpiRoutes(rest: RestRouter, ctx: AppContext): void {
  const { complaints, kpiAdjustments: adjustments, adminActions: actions } = ctx.store;
  /** Each month's ranked scorecard (the ranking R51 of docs/requirements.md asks for), under today's targets, weights and names. */
  const rankedMonths = (months: string[]) => {
    const config = ctx.config();
    const targetServiceMin = Object.fromEntries(config.businessTypes.map((b) => [b.id, b.targetServiceMin]));
    const tellerNames = Object.fromEntries(ctx.store.staff.list().map((u) => [u.id, u.name]));
    return months.map((month) => {
      const { from, to } = monthRange(month);
      const { tickets, ratings } = loadReportData(ctx.store, from, to);
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

  rest.add(KPI_ROUTES.scorecard, ({ query: { month } }) => {
    // The months before it, newest first, for the bottom-N runs of R52.
    const earlier: string[] = [];
    for (let m = month; earlier.length < BOTTOM_STREAK_MONTHS - 1;) earlier.push((m = previousMonth(m)));
    const [current, ...before] = rankedMonths([month, ...earlier]);
    const rows = withBottomStreaks(current!, before);
    return {
      ok: true,
      data: { month, weights: ctx.config().kpiWeights, rows, adjustments: adjustments.forMonth(month) },
    };
  });

  rest.add(KPI_ROUTES.adjust, ({ principal, body }) => {
    if (!ctx.store.staff.byId(body.tellerId)) return fail('NOT_FOUND', 'unknown teller');
    const now = ctx.clock();
    const adj = actions.audited(
      () => adjustments.add({ ...body, actorId: principal.id, createdAt: now }),
      () => ({
        at: now,
        actorId: principal.id,
        action: 'kpi:adjust',
        target: body.tellerId,
        reason: body.reason,
        detail: { month: body.month, points: body.points },
      }),
    );
    return { ok: true, data: adj };
  });
}
