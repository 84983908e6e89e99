import {
  fail,
  PASSWORD_PROBLEM_TEXT,
  passwordProblem,
  STAFF_ROUTES,
  type AdminStaffUser,
  type Failure,
} from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import type { RestRouter } from '../../http/rest-router.ts';

/** Staff accounts: create, change role, disable/enable, reset password. */
export function addStaffRoutes(rest: RestRouter, ctx: AppContext): void {
  const actions = ctx.store.adminActions;
  const publicUser = (id: string): AdminStaffUser | null => {
    const u = ctx.store.staff.byId(id);
    return u
      ? {
          id: u.id,
          username: u.username,
          name: u.name,
          role: u.role,
          staffNo: u.staffNo,
          active: u.active,
          mustChangePassword: u.mustChangePassword,
        }
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
    const weak = weakPassword(body.password, body.username);
    if (weak) return weak;
    const now = ctx.clock();
    const user = actions.audited(
      // The admin chose this password: its user replaces it at the first sign-in.
      () => ctx.store.staff.create({ ...body, mustChangePassword: true }, now),
      (u) => ({
        at: now,
        actorId: principal.id,
        action: 'staff:create',
        target: u.id,
        reason: null,
        detail: { username: u.username, role: u.role },
      }),
    );
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
    actions.audited(
      () => ctx.store.staff.update(id, body),
      () => ({
        at: now,
        actorId: principal.id,
        action: 'staff:update',
        target: id,
        reason: body.reason || null,
        detail: { role: body.role, active: body.active, name: body.name },
      }),
    );
    if (body.role || body.active === false) ctx.revokePrincipal(id);
    return answer(id);
  });

  rest.add(STAFF_ROUTES.resetPassword, ({ principal, params: { id }, body }) => {
    const user = ctx.store.staff.byId(id);
    if (!user) return fail('NOT_FOUND');
    const weak = weakPassword(body.password, user.username);
    if (weak) return weak;
    const now = ctx.clock();
    actions.audited(
      // A reset forces a new password at the next sign-in: the admin knows this one.
      () => ctx.store.staff.setPassword(id, body.password, { mustChangePassword: true, now }),
      () => ({ at: now, actorId: principal.id, action: 'staff:passwordReset', target: id, reason: null, detail: {} }),
    );
    if (id !== principal.id) ctx.revokePrincipal(id);
    return answer(id);
  });
}

/** The schema checked the rule already; the user name is only known here. */
function weakPassword(password: string, username: string): Failure | null {
  const problem = passwordProblem(password, username);
  return problem
    ? { ...fail('INVALID_PAYLOAD', PASSWORD_PROBLEM_TEXT[problem]), issues: [{ path: 'password', message: problem }] }
    : null;
}
