import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ScratchDatabase } from '../../../hq/src/server/db/scratch-database.ts';
import { foldTickets, nonZero } from '../../../hq/src/server/ingest/fold.ts';
import { MEASURES } from '../../../hq/src/server/rollups/measures.ts';
import { ReportService } from '../../../hq/src/server/reports/report-service.ts';
import { BranchStore } from '../../../hq/src/server/branches/branch-store.ts';
import { HqFactBodySchema } from '@lobby/shared';
import { summarize } from '../common/latency-stats.ts';
import { shiftFact, type DayTemplate } from './day-facts.ts';
import { benchBranchId } from './fact-streams.ts';

/**
 * H3: the cross-branch month report (30 days × 1,000 branches, by branch) as head office
 * runs it — ReportService over rollup_day. The rollups are what ingest would have left: each
 * template day folded by the real fold (one branch-day's rows), laid down for every branch
 * and day with COPY. Timed cold-ish (right after ANALYZE) and again, per-call maximum of n.
 */
export interface ReportBenchResult {
  rollupRows: number;
  branchDays: number;
  p50Ms: number;
  maxMs: number;
  n: number;
}

const DAY_MS = 86_400_000;

export async function benchMonthReport(opts: {
  createDb: () => Promise<ScratchDatabase>;
  templates: DayTemplate[];
  branches: number;
  days: number;
  runs: number;
}): Promise<ReportBenchResult> {
  const db = await opts.createDb();
  try {
    const store = new BranchStore(db.pool);
    await store.upsertRegion({ id: 'r0', nameZh: '一区', nameEn: 'Region 0' });
    await store.upsertRegion({ id: 'r1', nameZh: '二区', nameEn: 'Region 1' });
    for (let i = 0; i < opts.branches; i++)
      await store.register(
        { id: benchBranchId(i), regionId: `r${i % 2}`, nameZh: `网点${i}`, nameEn: `Branch ${i}` },
        0,
      );
    // One branch-day of rollup rows per template, by the real fold.
    const dayRows = opts.templates.map((t) => {
      const facts = t.facts.map((body, i) => ({
        epoch: 1,
        seq: i + 1,
        hash: '',
        body: HqFactBodySchema.parse(shiftFact(body, 'x', 0, t.date)),
      }));
      return nonZero(foldTickets(facts, new Map(), 'UTC').deltas.day).map(
        ([key, v]) => [key.split('|').slice(1), v] as const,
      );
    });
    const base = Date.parse(`${opts.templates[0]!.date}T00:00:00Z`);
    const dateOf = (d: number) => new Date(base + d * DAY_MS).toISOString().slice(0, 10);
    let rollupRows = 0;
    const lines = function* () {
      for (let b = 0; b < opts.branches; b++)
        for (let d = 0; d < opts.days; d++)
          for (const [[lane, bt], v] of dayRows[(b + d) % dayRows.length]!) {
            rollupRows++;
            yield `${benchBranchId(b)},${dateOf(d)},${lane},${bt},${v.join(',')}\n`;
          }
    };
    await db.partitions.ensure(dateOf(0), 3);
    const client = await db.pool.connect();
    try {
      const copy = client.query(
        copyFrom(
          `COPY rollup_day (branch_id, business_date, lane_id, business_type_id, ${MEASURES.join(', ')}) FROM STDIN WITH (FORMAT csv)`,
        ),
      );
      await pipeline(Readable.from(lines()), copy);
      await client.query('ANALYZE rollup_day');
    } finally {
      client.release();
    }
    const reports = new ReportService(db.pool, () => base + opts.days * DAY_MS, 'UTC');
    const times: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      const t0 = performance.now();
      const r = await reports.report(
        { from: dateOf(0), to: dateOf(opts.days - 1), regions: null, branches: null },
        'branch',
      );
      times.push(performance.now() - t0);
      if (r.rows.length !== opts.branches)
        throw new Error(`month report has ${r.rows.length} rows, expected ${opts.branches}`);
    }
    const s = summarize(times);
    return { rollupRows, branchDays: opts.branches * opts.days, p50Ms: s.p50, maxMs: s.max, n: s.n };
  } finally {
    await db.drop();
  }
}
