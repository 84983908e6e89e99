import { COMPLAINT_ROUTES, type Alert } from '@lobby/shared';
import type { AppContext } from '../../app/context.ts';
import type { Feature } from '../../app/feature.ts';
import type { AlertSource } from '../alerts/alerts-feature.ts';
import { AdminActionLog } from '../admin/admin-action-log.ts';
import { RestRouter } from '../../http/rest-router.ts';
import { complaintOverdueAlerts } from './complaint-alerts.ts';
import { addComplaintRoutes } from './complaint-routes.ts';
import { ComplaintService } from './complaint-service.ts';
import { ComplaintStore } from './complaint-store.ts';

/**
 * Complaint register. Overdue clocks are checked at most once a minute (deadlines are whole
 * days); the overdue list is an alert source of the alerts feature, so overdue complaints
 * reach the lobby and admin in the one alert list. GET /api/complaints-overdue answers it too.
 */
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
  // Per app: tests start several servers in one process.
  const runtimes = new WeakMap<AppContext, Runtime>();
  const runtimeOf = (ctx: AppContext): Runtime => {
    let rt = runtimes.get(ctx);
    if (!rt) {
      rt = {
        service: new ComplaintService(ctx.db, new ComplaintStore(ctx.db), () => ctx.config()),
        alerts: [],
        lastCheck: 0,
      };
      runtimes.set(ctx, rt);
    }
    return rt;
  };

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
      const store = new ComplaintStore(ctx.db);
      addComplaintRoutes(rest, ctx, runtimeOf(ctx).service, store, new AdminActionLog(ctx.db));
      rest.add(COMPLAINT_ROUTES.overdue, () => ({ ok: true, data: check(ctx, ctx.clock(), runtimeOf(ctx).alerts) }));
      return rest.router;
    },
    overdueAlerts: check,
  };
}
