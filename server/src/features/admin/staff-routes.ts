import { STAFF_ROLES } from '@lobby/shared';
import type { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import type { AdminActionLog } from './admin-action-log.ts';
import { allow, guarded, parseBody, sendFailure, sendOk } from '../../http/respond.ts';

/** Staff accounts: create, change role, disable/enable, reset password. */
const Password = z.string().min(8, 'at least 8 characters').max(200);
const CreateStaff = z.object({
  username: z
    .string()
    .trim()
    .min(2)
    .max(60)
    .regex(/^[A-Za-z0-9_.-]+$/),
  name: z.string().trim().min(1).max(60),
  role: z.enum(STAFF_ROLES),
  staffNo: z.string().trim().min(1).max(20),
  password: Password,
});
const UpdateStaff = z.object({
  role: z.enum(STAFF_ROLES).optional(),
  active: z.boolean().optional(),
  name: z.string().trim().min(1).max(60).optional(),
  reason: z.string().trim().max(200).default(''),
});
const ResetPassword = z.object({ password: Password });

export function addStaffRoutes(ctx: AppContext, router: Router, actions: AdminActionLog): void {
  const publicUser = (id: string) => {
    const u = ctx.store.staff.byId(id);
    return u
      ? { id: u.id, username: u.username, name: u.name, role: u.role, staffNo: u.staffNo, active: u.active }
      : null;
  };

  router.get(
    '/admin/staff',
    guarded(ctx, (req, res) => {
      if (!allow(ctx, req, res, ['admin'])) return;
      sendOk(
        res,
        ctx.store.staff.list().map((u) => publicUser(u.id)),
      );
    }),
  );

  router.post(
    '/admin/staff',
    guarded(ctx, (req, res) => {
      const principal = allow(ctx, req, res, ['admin']);
      if (!principal) return;
      const body = parseBody(CreateStaff, req, res);
      if (!body) return;
      if (ctx.store.staff.byUsername(body.username)) return sendFailure(res, 'INVALID_STATE', 'username taken');
      const now = ctx.clock();
      const user = ctx.db
        .transaction(() => {
          const u = ctx.store.staff.create(body, now);
          actions.record({
            at: now,
            actorId: principal.id,
            action: 'staff:create',
            target: u.id,
            reason: null,
            detail: { username: u.username, role: u.role },
          });
          return u;
        })
        .immediate();
      sendOk(res, publicUser(user.id));
    }),
  );

  router.patch(
    '/admin/staff/:id',
    guarded(ctx, (req, res) => {
      const principal = allow(ctx, req, res, ['admin']);
      if (!principal) return;
      const body = parseBody(UpdateStaff, req, res);
      if (!body) return;
      const id = String(req.params.id);
      const user = ctx.store.staff.byId(id);
      if (!user) return sendFailure(res, 'NOT_FOUND');
      // An admin locking themselves out leaves the branch without an admin.
      if (id === principal.id && (body.active === false || (body.role && body.role !== 'admin'))) {
        return sendFailure(res, 'INVALID_STATE', 'you cannot disable or demote yourself');
      }
      const now = ctx.clock();
      ctx.db
        .transaction(() => {
          if (body.role) ctx.db.prepare('UPDATE staff_users SET role = ? WHERE id = ?').run(body.role, id);
          if (body.name) ctx.db.prepare('UPDATE staff_users SET name = ? WHERE id = ?').run(body.name, id);
          if (body.active !== undefined)
            ctx.db.prepare('UPDATE staff_users SET active = ? WHERE id = ?').run(body.active ? 1 : 0, id);
          // A new role or a disabled account takes effect now, not at the session's expiry.
          if (body.role || body.active === false) ctx.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(id);
          actions.record({
            at: now,
            actorId: principal.id,
            action: 'staff:update',
            target: id,
            reason: body.reason || null,
            detail: { role: body.role, active: body.active, name: body.name },
          });
        })
        .immediate();
      if (body.role || body.active === false) ctx.revokePrincipal(id);
      sendOk(res, publicUser(id));
    }),
  );

  router.post(
    '/admin/staff/:id/password',
    guarded(ctx, (req, res) => {
      const principal = allow(ctx, req, res, ['admin']);
      if (!principal) return;
      const body = parseBody(ResetPassword, req, res);
      if (!body) return;
      const id = String(req.params.id);
      if (!ctx.store.staff.byId(id)) return sendFailure(res, 'NOT_FOUND');
      const now = ctx.clock();
      ctx.db
        .transaction(() => {
          ctx.store.staff.setPassword(id, body.password);
          actions.record({
            at: now,
            actorId: principal.id,
            action: 'staff:passwordReset',
            target: id,
            reason: null,
            detail: {},
          });
        })
        .immediate();
      if (id !== principal.id) ctx.revokePrincipal(id);
      sendOk(res, publicUser(id));
    }),
  );
}
