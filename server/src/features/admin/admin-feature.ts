import type { AppContext } from '../../app/context.ts';
import type { Feature } from '../../app/feature.ts';
import { RestRouter } from '../../http/rest-router.ts';
import { ComplaintStore } from '../complaints/complaint-store.ts';
import { AdminActionLog } from './admin-action-log.ts';
import { addAuditRoutes } from './audit-routes.ts';
import { addConfigRoutes } from './config-routes.ts';
import { addDeviceRoutes } from './device-routes.ts';
import { addRetentionRoutes, RetentionJob } from './retention-routes.ts';
import { addStaffRoutes } from './staff-routes.ts';
import { addVipImportRoutes } from './vip-import.ts';

/**
 * Branch administration under /api/admin: configuration, staff, devices, VIP registry,
 * audit log and retention. The retention purge also runs on the first tick of every day.
 */
export function createAdminFeature(): Feature {
  // Per app: tests start several servers in one process.
  const jobs = new WeakMap<AppContext, RetentionJob>();
  const retentionOf = (ctx: AppContext): RetentionJob => {
    let job = jobs.get(ctx);
    if (!job) {
      job = new RetentionJob(ctx, new ComplaintStore(ctx.db), new AdminActionLog(ctx.db));
      jobs.set(ctx, job);
    }
    return job;
  };

  return {
    name: 'admin',
    router(ctx) {
      const rest = new RestRouter(ctx);
      const actions = new AdminActionLog(ctx.db);
      addVipImportRoutes(rest, ctx, actions);
      addConfigRoutes(rest, ctx, actions);
      addStaffRoutes(rest, ctx, actions);
      addDeviceRoutes(rest, ctx, actions);
      addAuditRoutes(rest, ctx, actions);
      addRetentionRoutes(rest, ctx, retentionOf(ctx));
      return rest.router;
    },
    onTick(ctx, now) {
      retentionOf(ctx).tick(now);
    },
  };
}
