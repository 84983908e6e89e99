import { AUDIT_ROUTES, businessDateOf, peopleNames, type AuditEntry } from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import type { RestRouter } from '../../http/rest-router.ts';

/**
 * The audit viewer's data, read-only: event-log rows with their actor and reason (manual
 * ticket actions, config changes, day close...) merged with the admin actions table.
 * "Manual only" keeps the event rows a person did of an action shared classifies as manual
 * (AUDIT_ACTION_KIND: a no-show, a transfer, issuing on a customer's behalf …) and every admin
 * action a person did.
 */
export function addAuditRoutes(rest: RestRouter, ctx: AppContext): void {
  rest.add(AUDIT_ROUTES.list, ({ query }) => {
    const { from, to, actorId, action, limit } = query;
    const manualOnly = query.manualOnly === 'true';
    // Ids a person reads as names: staff by name and 工号, devices by name (a target too, e.g. a revoked device).
    const names = peopleNames(ctx.store.staff.list(), ctx.store.devices.list());
    const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    const events = ctx.store.eventLog.audit({ from, to, actorId, action, manualOnly, limit });
    const tz = ctx.config().hours.timeZone;
    // Admin actions are stored by time: the business-date range spans local midnights.
    const fromMs = Date.parse(`${from}T00:00:00Z`) - 14 * 3600_000;
    const toMs = Date.parse(`${to}T00:00:00Z`) + 38 * 3600_000;
    const inRange = (at: number) => {
      const d = businessDateOf(at, tz);
      return d >= from && d <= to;
    };
    const fromEvents: AuditEntry[] = events.map((e) => ({
      source: 'event',
      id: `e${e.seq}`,
      at: e.at,
      actorId: e.actorId,
      actorName: nameOf(e.actorId),
      action: e.type,
      target: e.ticket?.number ?? e.counter?.id ?? null,
      targetName: null,
      reason: e.reason,
    }));
    const fromAdmin: AuditEntry[] = ctx.store.adminActions
      .between(fromMs, toMs, limit)
      .filter(
        (a) =>
          inRange(a.at) &&
          (!actorId || a.actorId === actorId) &&
          (!action || a.action === action) &&
          // As for events: what nobody did (the daily retention purge) is not a manual action.
          (!manualOnly || a.actorId !== null),
      )
      .map((a) => ({
        source: 'admin',
        id: `a${a.id}`,
        at: a.at,
        actorId: a.actorId,
        actorName: nameOf(a.actorId),
        action: a.action,
        target: a.target,
        targetName: nameOf(a.target),
        reason: a.reason,
      }));
    return { ok: true, data: [...fromEvents, ...fromAdmin].sort((a, b) => b.at - a.at).slice(0, limit) };
  });
}
