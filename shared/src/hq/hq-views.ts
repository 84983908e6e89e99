import { z } from 'zod';
import type { LocalizedText } from '../text/localized.ts';
import type { CatalogueAdoptionState, CatalogueTemplate } from './catalogue.ts';
import type { HqBacklog } from './ingest.ts';

/** What the head-office web UI reads (REST answers and socket pushes). */
export interface HqRegion {
  id: string;
  name: LocalizedText;
}

/** One row of the live grid of branches. */
export interface HqGridRow {
  branchId: string;
  name: LocalizedText;
  regionId: string;
  businessDate: string | null;
  waiting: number;
  /** Longest current wait, ms, as of now (the branch's figure plus the time since it sent it). */
  longestWaitMs: number;
  countersOpen: number;
  countersTotal: number;
  alerts: number;
  alertKinds: string[];
  issuedToday: number;
  servedToday: number;
  /** Mean of both rating dimensions today (1–5), null with no rating. */
  satisfactionToday: number | null;
  lastHeardAt: number | null;
  lastFactAt: number | null;
  /** How late the newest fact arrived (ms). */
  lagMs: number | null;
  backlog: HqBacklog | null;
  emergency: boolean;
  epoch: number;
  /** The branch's history forked (restored from a backup) or broke at least once. */
  incidents: number;
  catalogueVersion: number | null;
}

export interface HqLaneLive {
  laneId: string;
  name: LocalizedText | null;
  waiting: number;
  longestWaitMs: number;
  paused: boolean;
  estimateLowMin: number | null;
  estimateHighMin: number | null;
  issuedToday: number;
  targetWaitMin: number | null;
}

export interface HqCounterLive {
  counterId: string;
  number: number;
  name: LocalizedText | null;
  status: string;
  pauseReason: string | null;
  online: boolean;
  tellerNo: string | null;
  laneIds: string[];
  currentNumber: string | null;
}

export interface HqAlertLive {
  alertId: string;
  kind: string;
  laneId: string | null;
  counterId: string | null;
  /** The counter's name from the branch's profile (a closed counter has no live row to name it). */
  counterName: LocalizedText | null;
  raisedAt: number;
  acknowledged: boolean;
}

export interface HqEpochView {
  epoch: number;
  reason: 'start' | 'restored' | 'gap';
  startedAt: number;
  forkSeq: number;
  previousHead: number;
}

export interface HqBranchDetail {
  row: HqGridRow;
  lanes: HqLaneLive[];
  counters: HqCounterLive[];
  alerts: HqAlertLive[];
  epochs: HqEpochView[];
}

export const HQ_REPORT_GROUPS = ['branch', 'region', 'lane', 'businessType', 'day'] as const;
export type HqReportGroup = (typeof HQ_REPORT_GROUPS)[number];
export const HQ_REPORT_PERIODS = ['day', 'week', 'month'] as const;
export type HqReportPeriod = (typeof HQ_REPORT_PERIODS)[number];

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const IdList = z
  .string()
  .max(4000)
  .transform((s) => s.split(',').filter(Boolean))
  .pipe(z.array(z.string().min(1).max(40)).max(2000));

/** `GET /api/reports?from&to&group&regions&branches` — dates inclusive, at most 400 days. */
export const HqReportQuerySchema = z
  .object({
    from: IsoDate,
    to: IsoDate,
    group: z.enum(HQ_REPORT_GROUPS).default('branch'),
    regions: IdList.optional(),
    branches: IdList.optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'from after to', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 400 * 86_400_000, {
    message: 'at most 400 days',
    path: ['to'],
  });
export type HqReportQuery = z.infer<typeof HqReportQuerySchema>;

export interface HqFigures {
  issued: number;
  served: number;
  waited: number;
  meanWaitMin: number | null;
  p90WaitMin: number | null;
  withinTargetPct: number | null;
  noShowPct: number | null;
  meanServiceMin: number | null;
  satisfaction: number | null;
  rated: number;
  complaints: number;
  /** Complaints whose first response and handling both met their due dates (closed or not), %. */
  complaintsOnTimePct: number | null;
  complaintsOverdue: number;
}

export interface HqReportRow extends HqFigures {
  key: string;
  label: LocalizedText;
}

export interface HqReport {
  from: string;
  to: string;
  group: HqReportGroup;
  total: HqFigures;
  rows: HqReportRow[];
  /** Wait distribution of the whole selection: bucket upper bound (min, null = above) and count. */
  waitHistogram: { upToMin: number | null; count: number }[];
  /** Milliseconds the database took (reports read rollups only). */
  queryMs: number;
}

export const HqKpiQuerySchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'),
  regions: IdList.optional(),
});

export interface HqKpiRow {
  rank: number;
  branchId: string;
  name: LocalizedText;
  regionId: string;
  issued: number;
  served: number;
  efficiency: number | null;
  quality: number | null;
  satisfaction: number | null;
  withinTargetPct: number | null;
  complaints: number;
  score: number;
}

export interface HqCatalogueVersionView {
  version: number;
  publishedAt: number;
  publishedBy: string;
  note: string;
  template: CatalogueTemplate;
  adoptions: {
    branchId: string;
    state: CatalogueAdoptionState;
    reason: string | null;
    issues: { path: string; message: string }[];
    reportedAt: number;
  }[];
}

export const HqLoginSchema = z.object({
  username: z.string().trim().min(1).max(60),
  password: z.string().min(1).max(200),
});

export interface HqSessionUser {
  id: string;
  username: string;
  name: string;
  role: 'admin' | 'viewer';
}

export interface HqServerToClient {
  'branches:changed': (rows: HqGridRow[]) => void;
}
