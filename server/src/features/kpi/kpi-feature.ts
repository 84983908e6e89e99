import express from 'express';
import type { Feature } from '../../app/feature.ts';
import { AdminActionLog } from '../admin/admin-action-log.ts';
import { KpiAdjustmentStore } from './kpi-adjustment-store.ts';
import { addKpiRoutes } from './kpi-routes.ts';

/** KPI scorecard: REST only, computed on read. */
export const kpiFeature: Feature = {
  name: 'kpi',
  router(ctx) {
    const router = express.Router();
    router.use('/admin/kpi', express.json({ limit: '100kb' }));
    addKpiRoutes(ctx, router, new KpiAdjustmentStore(ctx.db), new AdminActionLog(ctx.db));
    return router;
  },
};
