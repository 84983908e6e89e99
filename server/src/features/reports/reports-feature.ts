import express from 'express';
import type { Feature } from '../../app/feature.ts';
import { addReportRoutes } from './report-routes.ts';

/** Reports: REST only; figures are computed on read from the stored days. */
export const reportsFeature: Feature = {
  name: 'reports',
  router(ctx) {
    const router = express.Router();
    addReportRoutes(ctx, router);
    return router;
  },
};
