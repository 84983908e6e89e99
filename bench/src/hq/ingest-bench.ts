import { pino } from 'pino';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BranchStore } from '../../../hq/src/server/branches/branch-store.ts';
import type { ScratchDatabase } from '../../../hq/src/server/db/scratch-database.ts';
import { IngestService } from '../../../hq/src/server/ingest/ingest-service.ts';
import { ReportService } from '../../../hq/src/server/reports/report-service.ts';
import { summarize } from '../common/latency-stats.ts';
import type { DayTemplate } from './day-facts.ts';
import { batchesOf, benchBranchId, branchStream, type BranchStream } from './fact-streams.ts';
import { rawReport } from './raw-report.ts';

/**
 * H1: ingest into PostgreSQL through head office's real ingest (hash chain, schema check,
 * events, per-ticket fold, three rollups, live rows, head) — the code the HTTP route runs —
 * with `concurrency` branches at a time, next to a raw COPY of the same event rows into the
 * same table of a fresh database. Also the same day's report on rollups vs on raw events.
 */
export interface IngestBenchResult {
  branches: number;
  facts: number;
  ingestPerSec: number;
  copyPerSec: number;
  batchP50Ms: number;
  batchMaxMs: number;
  sameDayRollupMs: number;
  sameDayRawMs: number;
}

export async function registerAll(db: ScratchDatabase, n: number): Promise<void> {
  const branches = new BranchStore(db.pool);
  await branches.upsertRegion({ id: 'r0', nameZh: '一区', nameEn: 'Region 0' });
  await branches.upsertRegion({ id: 'r1', nameZh: '二区', nameEn: 'Region 1' });
  for (let i = 0; i < n; i++)
    await branches.register(
      { id: benchBranchId(i), regionId: `r${i % 2}`, nameZh: `网点${i}`, nameEn: `Branch ${i}` },
      Date.now(),
    );
}

function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

async function copyStreams(
  db: ScratchDatabase,
  streams: BranchStream[],
  concurrency: number,
  date: string,
): Promise<number> {
  const started = performance.now();
  const parts = Array.from({ length: concurrency }, (_, k) => streams.filter((_, i) => i % concurrency === k));
  await Promise.all(
    parts.map(async (part) => {
      const client = await db.pool.connect();
      try {
        const copy = client.query(
          copyFrom(
            'COPY events (branch_id, epoch, seq, hash, kind, type, at, business_date, received_at, body) FROM STDIN WITH (FORMAT csv)',
          ),
        );
        const now = Date.now();
        const lines = (function* () {
          for (const s of part)
            for (const f of s.facts) {
              const body = JSON.parse(f.body) as { kind: string; type?: string; at: number };
              yield (
                [s.branchId, 1, f.seq, f.hash, body.kind, body.type ?? null, body.at, date, now, f.body]
                  .map(csvField)
                  .join(',') + '\n'
              );
            }
        })();
        await pipeline(Readable.from(lines), copy);
      } finally {
        client.release();
      }
    }),
  );
  return performance.now() - started;
}

export async function benchIngest(opts: {
  adminUrl: string;
  createDb: () => Promise<ScratchDatabase>;
  templates: DayTemplate[];
  branches: number;
  factsPerBranch: number;
  batchSize: number;
  concurrency: number;
}): Promise<IngestBenchResult> {
  const streams = Array.from({ length: opts.branches }, (_, i) =>
    branchStream(benchBranchId(i), opts.templates[i % opts.templates.length]!, 0, opts.factsPerBranch),
  );
  const facts = streams.reduce((a, s) => a + s.facts.length, 0);
  const date = opts.templates[0]!.date;

  const db = await opts.createDb();
  const copyDb = await opts.createDb();
  try {
    await registerAll(db, opts.branches);
    const ingest = new IngestService(db.pool, db.partitions, Date.now, pino({ level: 'warn' }));
    const durations: number[] = [];
    const queue = streams.map((s) => batchesOf(s, opts.batchSize));
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: opts.concurrency }, async () => {
        for (let i = next++; i < queue.length; i = next++) {
          for (const batch of queue[i]!) {
            const t0 = performance.now();
            const r = await ingest.ingest(batch.branchId, batch);
            durations.push(performance.now() - t0);
            if (!r.ok)
              throw new Error(`ingest refused ${batch.branchId}: ${r.code} ${'message' in r ? r.message : ''}`);
          }
        }
      }),
    );
    const ingestMs = performance.now() - started;
    await ingest.close();
    const copyMs = await copyStreams(copyDb, streams, opts.concurrency, date);

    await db.pool.query('ANALYZE');
    const reports = new ReportService(db.pool, Date.now, 'UTC');
    const rollupTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await reports.report({ from: date, to: date, regions: null, branches: null }, 'branch');
      rollupTimes.push(performance.now() - t0);
      rawTimes.push((await rawReport(db.pool, date, date)).ms);
    }
    return {
      branches: opts.branches,
      facts,
      ingestPerSec: facts / (ingestMs / 1000),
      copyPerSec: facts / (copyMs / 1000),
      batchP50Ms: summarize(durations).p50,
      batchMaxMs: summarize(durations).max,
      sameDayRollupMs: Math.max(...rollupTimes),
      sameDayRawMs: Math.max(...rawTimes),
    };
  } finally {
    await db.drop();
    await copyDb.drop();
  }
}
