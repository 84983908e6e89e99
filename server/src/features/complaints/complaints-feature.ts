/**
 * Complaint register. Overdue clocks are checked at most once a minute (deadlines are whole
 * days); the overdue list is an alert source of the alerts feature, so overdue complaints
 * reach the lobby and admin in the one alert list. GET /api/complaints-overdue answers it too.
 */
import { COMPLAINT_ROUTES, type Alert } from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import type { AlertSource, Feature } from '../../context/feature.ts';
import { RestRouter } from '../../http/rest-router.ts';
import { complaintOverdueAlerts } from './complaint-alerts.ts';
import { addComplaintRoutes } from './complaint-routes.ts';
import { ComplaintService } from './complaint-service.ts';

const CHECK_EVERY_MS = 60_000;

interface Runtime {
  service: ComplaintService;
  alerts: Alert[];
  lastCheck: number;
}

export interface ComplaintsFeature extends Feature {
  overdueAlerts: AlertSource;
}

export function createComplaintsFeature(): ComplaintsFeature {
  // The feature list is built per app (create-app), so this runtime is the app's.
  let runtime: Runtime | null = null;
  const runtimeOf = (ctx: AppContext): Runtime =>
    (runtime ??= { service: new ComplaintService(ctx.store, () => ctx.config()), alerts: [], lastCheck: 0 });

  const check = (ctx: AppContext, now: number, previous: readonly Alert[]): Alert[] => {
    const rt = runtimeOf(ctx);
    if (now - rt.lastCheck >= CHECK_EVERY_MS) {
      rt.lastCheck = now;
      rt.alerts = complaintOverdueAlerts(rt.service.overdue(now), now, previous);
    }
    // Acknowledgements happen in the alerts feature: take them from its list.
    const latest = new Map(previous.map((a) => [a.id, a]));
    return rt.alerts.map((a) => latest.get(a.id) ?? a);
  };

  return {
    name: 'complaints',
    router(ctx) {
      const rest = new RestRouter(ctx);
      addComplaintRoutes(rest, ctx, runtimeOf(ctx).service);
      rest.add(COMPLAINT_ROUTES.overdue, () => ({ ok: true, data: check(ctx, ctx.clock(), runtimeOf(ctx).alerts) }));
      return rest.router;
    },
    overdueAlerts: check,
  };
}
