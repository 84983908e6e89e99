import type { Feature } from '../../context/feature.ts';
import { RestRouter } from '../../http/rest-router.ts';
import { addKpiRoutes } from './kpi-routes.ts';

/** KPI scorecard: REST only, computed on read. */
export const kpiFeature: Feature = {
  name: 'kpi',
  router(ctx) {
    const rest = new RestRouter(ctx);
    addKpiRoutes(rest, ctx);
    return rest.router;
  },
};
