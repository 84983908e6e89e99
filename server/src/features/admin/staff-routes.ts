import { fail, STAFF_ROUTES, type AdminStaffUser } from '@lobby/shared';
import type { AppContext } from '../../app/context.ts';
import type { RestRouter } from '../../http/rest-router.ts';
import type { AdminActionLog } from './admin-action-log.ts';

/** Staff accounts: create, change role, disable/enable, reset password. */
export function addStaffRoutes(rest: RestRouter, ctx: AppContext, actions: AdminActionLog): void {
  const publicUser = (id: string): AdminStaffUser | null => {
    const u = ctx.store.staff.byId(id);
    return u
      ? { id: u.id, username: u.username, name: u.name, role: u.role, staffNo: u.staffNo, active: u.active }
      : null;
  };
  const answer = (id: string) => {
    const user = publicUser(id);
    return user ? ({ ok: true, data: user } as const) : fail('NOT_FOUND');
  };

  rest.add(STAFF_ROUTES.list, () => ({
    ok: true,
    data: ctx.store.staff.list().flatMap((u) => publicUser(u.id) ?? []),
  }));

  rest.add(STAFF_ROUTES.create, ({ principal, body }) => {
    if (ctx.store.staff.byUsername(body.username)) return fail('INVALID_STATE', 'username taken');
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
    return answer(user.id);
  });

  rest.add(STAFF_ROUTES.update, ({ principal, params: { id }, body }) => {
    const user = ctx.store.staff.byId(id);
    if (!user) return fail('NOT_FOUND');
    // An admin locking themselves out leaves the branch without an admin.
    if (id === principal.id && (body.active === false || (body.role && body.role !== 'admin'))) {
      return fail('INVALID_STATE', 'you cannot disable or demote yourself');
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
    return answer(id);
  });

  rest.add(STAFF_ROUTES.resetPassword, ({ principal, params: { id }, body }) => {
    if (!ctx.store.staff.byId(id)) return fail('NOT_FOUND');
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
    return answer(id);
  });
}
