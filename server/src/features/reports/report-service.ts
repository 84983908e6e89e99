import type { BranchConfig } from '@lobby/shared';
import type { BranchStore } from '../../store/branch-store.ts';
import { buildBranchReport } from './report-figures.ts';
import { loadReportData } from './report-source.ts';
import type { BranchReport } from './report-types.ts';

/** Reports over any business dates, today included (the tickets table holds every day). */
export function reportFor(store: BranchStore, config: BranchConfig, from: string, to: string): BranchReport {
  const { tickets, ratings, bookings } = loadReportData(store, from, to);
  return buildBranchReport({
    from,
    to,
    tickets,
    ratings,
    bookings,
    targetWaitMin: Object.fromEntries(config.lanes.map((l) => [l.id, l.targetWaitMin])),
    timeZone: config.hours.timeZone,
  });
}
