import { businessDateOf, COMPLAINT_ROUTES, fail } from '@lobby/shared';
import type { AppContext } from '../../app/context.ts';
import { workbookFile, type RestRouter } from '../../http/rest-router.ts';
import type { AdminActionLog } from '../admin/admin-action-log.ts';
import type { ComplaintService } from './complaint-service.ts';
import type { ComplaintStore } from './complaint-store.ts';
import { buildComplaintWorkbook } from './complaint-workbook.ts';
import { overdueClocks } from './complaint-rules.ts';

/**
 * /api/complaints. Any staff member may register (first-contact responsibility, R95); the
 * lobby manager and admin follow them up; the admin exports the ledger.
 */
export function addComplaintRoutes(
  rest: RestRouter,
  ctx: AppContext,
  service: ComplaintService,
  store: ComplaintStore,
  actions: AdminActionLog,
): void {
  const names = () => Object.fromEntries(ctx.store.staff.list().map((u) => [u.id, u.name]));
  const today = () => businessDateOf(ctx.clock(), ctx.config().hours.timeZone);
  const listFor = (status: string | undefined) => store.list(status === undefined ? {} : { status });

  rest.add(COMPLAINT_ROUTES.list, ({ query }) => {
    const day = today();
    return { ok: true, data: listFor(query.status).map((c) => ({ ...c, overdue: overdueClocks(c, day) })) };
  });

  rest.add(COMPLAINT_ROUTES.register, ({ principal, body }) => {
    let { ticketId, counterId } = body;
    if (ticketId === null && body.ticketNumber) {
      const date = body.ticketDate ?? today();
      const row = ctx.db
        .prepare('SELECT id, counter_id FROM tickets WHERE business_date = ? AND number = ?')
        .get(date, body.ticketNumber.toUpperCase()) as { id: string; counter_id: string | null } | undefined;
      if (!row)
        return {
          ...fail('NOT_FOUND', `no ticket ${body.ticketNumber} on ${date}`),
          issues: [{ path: 'ticketNumber', message: 'unknown ticket' }],
        };
      ticketId = row.id;
      counterId = counterId ?? row.counter_id;
    } else if (ticketId !== null && !ctx.db.prepare('SELECT 1 FROM tickets WHERE id = ?').get(ticketId)) {
      return { ...fail('NOT_FOUND', 'unknown ticket'), issues: [{ path: 'ticketId', message: 'unknown ticket' }] };
    }
    const r = service.register({ ...body, ticketId, counterId }, principal.id, ctx.clock());
    if (!r.ok) return r;
    actions.record({
      at: ctx.clock(),
      actorId: principal.id,
      action: 'complaint:register',
      target: r.data.id,
      reason: null,
      detail: { source: r.data.source, severity: r.data.severity },
    });
    return r;
  });

  rest.add(COMPLAINT_ROUTES.export, ({ query }) => {
    const day = today();
    const n = names();
    const rows = listFor(query.status).map((complaint) => ({
      complaint,
      overdue: overdueClocks(complaint, day),
      names: n,
    }));
    return workbookFile(`complaints-${day}.xlsx`, buildComplaintWorkbook(rows));
  });

  rest.add(COMPLAINT_ROUTES.detail, ({ params: { id } }) => {
    const r = service.detail(id);
    if (!r.ok) return r;
    return { ok: true, data: { ...r.data, overdue: overdueClocks(r.data.complaint, today()) } };
  });

  rest.add(COMPLAINT_ROUTES.act, ({ principal, params: { id }, body }) =>
    service.act(id, body.action, body.note, principal.id, ctx.clock()),
  );
}
