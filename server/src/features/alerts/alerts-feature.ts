/**
 * The alerts feature: recomputes the lobby alerts every tick and after every published
 * event, logs each raise/ack/clear, pushes `alerts:updated` (the full list) to the staff
 * room only when the list changed, hands the list to staff snapshots and handles
 * `alert:acknowledge`. The feature list is built per app (create-app), so the alert list
 * held here is this app's.
 */
import { fail, type Alert } from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import type { AlertSource, Feature } from '../../context/feature.ts';
import { acknowledgeIn, diffAlerts, sameAlerts } from './alert-changes.ts';
import type { AlertLog, AlertLogEntry } from '../../store/alert-log.ts';
import { computeAlerts } from './compute-alerts.ts';

interface AlertsRuntime {
  alerts: Alert[];
  log: AlertLog;
}

export function createAlertsFeature(sources: readonly AlertSource[] = []): Feature {
  let runtime: AlertsRuntime | null = null;

  // Lazy: the database is ready only once the app is. Open alerts from the log come back
  // after a restart, so their ids and acknowledgements survive it.
  const runtimeOf = (ctx: AppContext): AlertsRuntime =>
    (runtime ??= { alerts: ctx.store.alertLog.openAlerts(), log: ctx.store.alertLog });

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
