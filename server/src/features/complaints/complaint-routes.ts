import type { Router } from 'express';
import type { AppContext } from '../../app/context.ts';
import type { AdminActionLog } from '../admin/admin-action-log.ts';
import { allow, guarded, parseBody, sendFailure, sendOk, sendWorkbook } from '../../http/respond.ts';
import type { ComplaintService } from './complaint-service.ts';
import type { ComplaintStore } from './complaint-store.ts';
import { COMPLAINT_STATUSES, ComplaintActionSchema, ComplaintCreateSchema } from './complaint-types.ts';
import { buildComplaintWorkbook } from './complaint-workbook.ts';
import { overdueClocks } from './complaint-rules.ts';
import { businessDateOf } from '@lobby/shared';

/**
 * /api/complaints. Any staff member may register (first-contact responsibility, R95); the
 * lobby manager and admin follow them up; the admin exports the ledger.
 */
export function addComplaintRoutes(
  ctx: AppContext,
  router: Router,
  service: ComplaintService,
  store: ComplaintStore,
  actions: AdminActionLog,
): void {
  const names = () => Object.fromEntries(ctx.store.staff.list().map((u) => [u.id, u.name]));
  const today = () => businessDateOf(ctx.clock(), ctx.config().hours.timeZone);
  const listFor = (q: Record<string, unknown>) => {
    const status =
      typeof q.status === 'string' && (COMPLAINT_STATUSES as readonly string[]).includes(q.status)
        ? q.status
        : undefined;
    return store.list(status === undefined ? {} : { status });
  };

  router.get(
    '/complaints',
    guarded(ctx, (req, res) => {
      if (!allow(ctx, req, res, ['admin', 'lobby'])) return;
      const day = today();
      sendOk(
        res,
        listFor(req.query).map((c) => ({ ...c, overdue: overdueClocks(c, day) })),
      );
    }),
  );

  router.post(
    '/complaints',
    guarded(ctx, (req, res) => {
      const principal = allow(ctx, req, res, ['admin', 'lobby', 'teller']);
      if (!principal) return;
      const body = parseBody(ComplaintCreateSchema, req, res);
      if (!body) return;
      let { ticketId, counterId } = body;
      if (ticketId === null && body.ticketNumber) {
        const date = body.ticketDate ?? today();
        const row = ctx.db
          .prepare('SELECT id, counter_id FROM tickets WHERE business_date = ? AND number = ?')
          .get(date, body.ticketNumber.toUpperCase()) as { id: string; counter_id: string | null } | undefined;
        if (!row)
          return sendFailure(res, 'NOT_FOUND', `no ticket ${body.ticketNumber} on ${date}`, [
            { path: 'ticketNumber', message: 'unknown ticket' },
          ]);
        ticketId = row.id;
        counterId = counterId ?? row.counter_id;
      } else if (ticketId !== null && !ctx.db.prepare('SELECT 1 FROM tickets WHERE id = ?').get(ticketId)) {
        return sendFailure(res, 'NOT_FOUND', 'unknown ticket', [{ path: 'ticketId', message: 'unknown ticket' }]);
      }
      const r = service.register({ ...body, ticketId, counterId }, principal.id, ctx.clock());
      if (!r.ok) return sendFailure(res, r.code, r.message);
      actions.record({
        at: ctx.clock(),
        actorId: principal.id,
        action: 'complaint:register',
        target: r.data.id,
        reason: null,
        detail: { source: r.data.source, severity: r.data.severity },
      });
      sendOk(res, r.data);
    }),
  );

  router.get(
    '/complaints/export.xlsx',
    guarded(ctx, async (req, res) => {
      if (!allow(ctx, req, res, ['admin'])) return;
      const day = today();
      const n = names();
      const rows = listFor(req.query).map((complaint) => ({
        complaint,
        overdue: overdueClocks(complaint, day),
        names: n,
      }));
      await sendWorkbook(res, `complaints-${day}.xlsx`, buildComplaintWorkbook(rows));
    }),
  );

  router.get(
    '/complaints/:id',
    guarded(ctx, (req, res) => {
      if (!allow(ctx, req, res, ['admin', 'lobby'])) return;
      const r = service.detail(String(req.params.id));
      if (!r.ok) return sendFailure(res, r.code, r.message);
      sendOk(res, { ...r.data, overdue: overdueClocks(r.data.complaint, today()) });
    }),
  );

  router.post(
    '/complaints/:id/actions',
    guarded(ctx, (req, res) => {
      const principal = allow(ctx, req, res, ['admin', 'lobby']);
      if (!principal) return;
      const body = parseBody(ComplaintActionSchema, req, res);
      if (!body) return;
      const r = service.act(String(req.params.id), body.action, body.note, principal.id, ctx.clock());
      if (!r.ok) return sendFailure(res, r.code, r.message);
      sendOk(res, r.data);
    }),
  );
}
