import { businessDateOf, COMPLAINT_ROUTES } from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import { workbookFile, type RestRouter } from '../../http/rest-router.ts';
import type { ComplaintService } from './complaint-service.ts';
import { buildComplaintWorkbook } from './complaint-workbook.ts';
import { overdueClocks } from './complaint-rules.ts';

/**
 * /api/complaints. Any staff member may register (first-contact responsibility, docs/requirements.md R95); the
 * lobby manager and admin follow them up; the admin exports the ledger.
 */
export function addComplaintRoutes(rest: RestRouter, ctx: AppContext, service: ComplaintService): void {
  const store = ctx.store.complaints;
  const names = () => Object.fromEntries(ctx.store.staff.list().map((u) => [u.id, u.name]));
  const today = () => businessDateOf(ctx.clock(), ctx.config().hours.timeZone);
  const listFor = (status: string | undefined) => store.list(status === undefined ? {} : { status });

  rest.add(COMPLAINT_ROUTES.list, ({ query }) => {
    const day = today();
    return { ok: true, data: listFor(query.status).map((c) => ({ ...c, overdue: overdueClocks(c, day) })) };
  });

  rest.add(COMPLAINT_ROUTES.register, ({ principal, body }) => service.register(body, principal.id, ctx.clock()));

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
