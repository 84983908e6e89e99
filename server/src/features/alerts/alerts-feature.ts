import { fail, type Alert } from '@lobby/shared';
import type { AppContext } from '../../app/context.ts';
import type { Feature } from '../../app/feature.ts';
import { acknowledgeIn, diffAlerts, sameAlerts } from './alert-changes.ts';
import { createAlertLog, type AlertLog, type AlertLogEntry } from './alert-log.ts';
import { computeAlerts } from './compute-alerts.ts';

/**
 * The alerts feature: recomputes the lobby alerts every tick and after every published
 * event, logs each raise/ack/clear, pushes `alerts:updated` (the full list) to the staff
 * room only when the list changed, hands the list to staff snapshots and handles
 * `alert:acknowledge`. The alert list belongs to one app (one AppContext): the feature list
 * is built once per process, and tests run several apps side by side (and restart them).
 */
/**
 * Another feature's alerts (e.g. overdue complaints), merged into the one list the lobby
 * and admin see, so every alert is raised, acknowledged, logged and pushed the same way.
 * Gets the previous merged list to keep ids, raise times and acknowledgements stable.
 */
export type AlertSource = (ctx: AppContext, now: number, previous: readonly Alert[]) => Alert[];

interface AlertsRuntime {
  alerts: Alert[];
  log: AlertLog;
}

export function createAlertsFeature(sources: readonly AlertSource[] = []): Feature {
  const runtimes = new WeakMap<AppContext, AlertsRuntime>();

  // Lazy: the database is ready only once the app is. Open alerts from the log come back
  // after a restart, so their ids and acknowledgements survive it.
  const runtimeOf = (ctx: AppContext): AlertsRuntime => {
    let rt = runtimes.get(ctx);
    if (rt === undefined) {
      const log = createAlertLog(ctx.db);
      rt = { alerts: log.openAlerts(), log };
      runtimes.set(ctx, rt);
    }
    return rt;
  };

  const refresh = (ctx: AppContext, now: number): void => {
    const rt = runtimeOf(ctx);
    const next = [
      ...computeAlerts(ctx.queue.current, now, rt.alerts, ctx.forecasts.current()),
      ...sources.flatMap((source) => source(ctx, now, rt.alerts)),
    ];
    if (sameAlerts(rt.alerts, next)) return;
    const { raised, cleared } = diffAlerts(rt.alerts, next);
    const entries: AlertLogEntry[] = [
      ...raised.map((alert): AlertLogEntry => ({ alertId: alert.id, action: 'raised', actorId: null, at: now, alert })),
      ...cleared.map((alert): AlertLogEntry => ({
        alertId: alert.id,
        action: 'cleared',
        actorId: null,
        at: now,
        alert,
      })),
    ];
    rt.log.append(entries);
    rt.alerts = next;
    ctx.emit('staff', 'alerts:updated', next);
  };

  return {
    name: 'alerts',
    commands: {
      'alert:acknowledge': (ctx, principal, payload) => {
        const rt = runtimeOf(ctx);
        const now = ctx.clock();
        const next = acknowledgeIn(rt.alerts, payload.alertId, principal.id, now);
        if (next === null) return fail('NOT_FOUND', 'the alert has cleared');
        const acked = next.find((a) => a.id === payload.alertId)!;
        // A second acknowledgement (another tablet, a retry) changes nothing and logs nothing.
        if (!sameAlerts(rt.alerts, next)) {
          rt.log.append([{ alertId: acked.id, action: 'acknowledged', actorId: principal.id, at: now, alert: acked }]);
          rt.alerts = next;
          ctx.emit('staff', 'alerts:updated', next);
        }
        return { ok: true, data: { alertId: acked.id } };
      },
    },
    onTick: (ctx, now) => refresh(ctx, now),
    onPublished: (ctx) => refresh(ctx, ctx.clock()),
    // "Predicted over target" reads the forecast: follow it as soon as it is redone.
    onForecast: (ctx) => refresh(ctx, ctx.clock()),
    snapshotAlerts: (ctx) => runtimeOf(ctx).alerts,
  };
}
