import type { Feature } from '../../context/feature.ts';
import { RestRouter } from '../../http/rest-router.ts';
import { addReportRoutes } from './report-routes.ts';

/** Reports: REST only; figures are computed on read from the stored days. */
export const reportsFeature: Feature = {
  name: 'reports',
  router(ctx) {
    const rest = new RestRouter(ctx);
    addReportRoutes(rest, ctx);
    return rest.router;
  },
};
