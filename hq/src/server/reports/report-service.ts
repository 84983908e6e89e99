import {
  businessDateOf,
  type HqKpiRow,
  type HqReport,
  type HqReportGroup,
  type HqReportRow,
  type LocalizedText,
} from '@lobby/shared';
import type { Pool } from '../db/pool.ts';
import { WAIT_BUCKET_UPPER_MIN } from '../rollups/measures.ts';
import {
  figuresOf,
  histogramOf,
  kpiParts,
  kpiScore,
  NO_COMPLAINTS,
  sumVectors,
  type ComplaintCounts,
} from './figures.ts';
import { ReportStore, type ReportNames, type Selection } from './report-store.ts';

/** Cross-branch reports and the branch KPI scorecard, from the rollups. */
const NAMES_TTL_MS = 30_000;

export class ReportService {
  private readonly store: ReportStore;
  private names: { at: number; names: ReportNames } | null = null;

  private readonly clock: () => number;
  private readonly timeZone: string;

  constructor(pool: Pool, clock: () => number, timeZone = 'Asia/Shanghai') {
    this.clock = clock;
    this.timeZone = timeZone;

    this.store = new ReportStore(pool);
  }

  private async cachedNames(): Promise<ReportNames> {
    const now = this.clock();
    if (!this.names || now - this.names.at > NAMES_TTL_MS) this.names = { at: now, names: await this.store.names() };
    return this.names.names;
  }

  /** Forget cached names (a branch registered or a profile arrived). */
  namesChanged(): void {
    this.names = null;
  }

  private label(group: HqReportGroup, key: string, names: ReportNames): LocalizedText {
    const found =
      group === 'branch'
        ? names.branches.get(key)
        : group === 'region'
          ? names.regions.get(key)
          : group === 'lane'
            ? names.lanes.get(key)
            : group === 'businessType'
              ? names.businessTypes.get(key)
              : undefined;
    return found ? { zh: found.zh, en: found.en } : { zh: key, en: key };
  }

  async report(sel: Selection, group: HqReportGroup): Promise<HqReport> {
    const started = performance.now();
    const today = businessDateOf(this.clock(), this.timeZone);
    const [sums, complaints] = await Promise.all([
      this.store.sums(sel, group),
      this.store.complaints(sel, group, today),
    ]);
    const queryMs = Math.round(performance.now() - started);
    const names = await this.cachedNames();
    const keys = [...new Set([...sums.keys(), ...complaints.keys()])].sort();
    const zero = sumVectors([]);
    const rows: HqReportRow[] = keys.map((key) => ({
      key,
      label: this.label(group, key, names),
      ...figuresOf(sums.get(key) ?? zero, complaints.get(key) ?? NO_COMPLAINTS),
    }));
    const total = sumVectors(sums.values());
    const totalComplaints = [...complaints.values()].reduce<ComplaintCounts>(
      (a, c) => ({
        complaints: a.complaints + c.complaints,
        decided: a.decided + c.decided,
        onTime: a.onTime + c.onTime,
        overdue: a.overdue + c.overdue,
      }),
      NO_COMPLAINTS,
    );
    const hist = histogramOf(total);
    return {
      from: sel.from,
      to: sel.to,
      group,
      total: figuresOf(total, group === 'lane' || group === 'businessType' ? NO_COMPLAINTS : totalComplaints),
      rows,
      waitHistogram: hist.map((count, i) => ({ upToMin: WAIT_BUCKET_UPPER_MIN[i] ?? null, count })),
      queryMs,
    };
  }

  /** The month's scorecard across branches, ranked; equal scores share a rank. */
  async kpi(month: string, regions: string[] | null): Promise<HqKpiRow[]> {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const sel: Selection = {
      from: `${month}-01`,
      to: `${month}-${String(last).padStart(2, '0')}`,
      regions,
      branches: null,
    };
    const today = businessDateOf(this.clock(), this.timeZone);
    const [sums, complaints, names] = await Promise.all([
      this.store.sums(sel, 'branch'),
      this.store.complaints(sel, 'branch', today),
      this.cachedNames(),
    ]);
    const rows = [...sums].map(([branchId, v]) => {
      const c = complaints.get(branchId)?.complaints ?? 0;
      const parts = kpiParts(v, c);
      const f = figuresOf(v, complaints.get(branchId) ?? NO_COMPLAINTS);
      const b = names.branches.get(branchId);
      return {
        branchId,
        name: b ? { zh: b.zh, en: b.en } : { zh: branchId, en: branchId },
        regionId: b?.regionId ?? '',
        issued: f.issued,
        served: f.served,
        ...parts,
        withinTargetPct: f.withinTargetPct,
        complaints: c,
        score: kpiScore(parts),
      };
    });
    rows.sort((a, b) => b.score - a.score || a.branchId.localeCompare(b.branchId));
    return rows.map((r) => ({ ...r, rank: rows.findIndex((x) => x.score === r.score) + 1 }));
  }
}
