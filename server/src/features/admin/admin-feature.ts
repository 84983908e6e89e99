import type { AppContext } from '../../context/app-context.ts';
import type { Feature } from '../../context/feature.ts';
import { RestRouter } from '../../http/rest-router.ts';
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
  // The feature list is built per app (create-app), so the job is this app's.
  let retention: RetentionJob | null = null;
  const retentionOf = (ctx: AppContext): RetentionJob => (retention ??= new RetentionJob(ctx));

  return {
    name: 'admin',
    router(ctx) {
      const rest = new RestRouter(ctx);
      addVipImportRoutes(rest, ctx);
      addConfigRoutes(rest, ctx);
      addStaffRoutes(rest, ctx);
      addDeviceRoutes(rest, ctx);
      addAuditRoutes(rest, ctx);
      addRetentionRoutes(rest, ctx, retentionOf(ctx));
      return rest.router;
    },
    onTick(ctx, now) {
      retentionOf(ctx).tick(now);
    },
  };
}
