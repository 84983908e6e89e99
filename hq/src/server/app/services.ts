import type { Logger } from 'pino';
import type { HqUserStore } from '../auth/user-store.ts';
import type { BranchStore } from '../branches/branch-store.ts';
import type { CatalogueStore } from '../catalogue/catalogue-store.ts';
import type { PartitionKeeper } from '../db/partitions.ts';
import type { Pool } from '../db/pool.ts';
import type { IngestService } from '../ingest/ingest-service.ts';
import type { GridStore } from '../live/grid-store.ts';
import type { LiveGrid } from '../live/live-grid.ts';
import type { ReportService } from '../reports/report-service.ts';

/** What every head-office route gets. */
export interface HqServices {
  pool: Pool;
  clock: () => number;
  logger: Logger;
  partitions: PartitionKeeper;
  branches: BranchStore;
  users: HqUserStore;
  ingest: IngestService;
  catalogue: CatalogueStore;
  grid: GridStore;
  live: LiveGrid;
  reports: ReportService;
}
