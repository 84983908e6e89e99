import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { formatMs, renderTable, runVerdict, type BenchRow } from '../common/bench-table.ts';
import { createScratchDatabase } from '../../../hq/src/server/db/scratch-database.ts';
import { simulateDayFacts } from './day-facts.ts';
import { benchIngest } from './ingest-bench.ts';
import { benchLag } from './lag-bench.ts';
import { benchMonthReport } from './report-bench.ts';
import { HQ_GOALS, ingestMeetsGoal, lagMeetsGoal, monthReportMeetsGoal } from './hq-goals.ts';

/**
 * `npm run bench:hq` (and the head-office part of `npm run bench`): H1 ingest rate, H2
 * replication lag with 1,000 branches live, H3 the cross-branch month report — each next to a
 * baseline measured in this run. Needs DATABASE_URL (a PostgreSQL role that may create
 * databases: each measure runs in its own scratch database, dropped after).
 * BENCH_QUICK=1: fewer facts per branch and shorter runs, the same 1,000 branches.
 */
const QUICK = process.env.BENCH_QUICK === '1';
const ADMIN_URL = process.env.DATABASE_URL;
const BRANCHES = Number(process.env.HQ_BENCH_BRANCHES ?? 1000);
const settings = QUICK
  ? { templates: 2, factsPerBranch: 120, lagSeconds: 15, speed: 10 }
  : { templates: 3, factsPerBranch: 600, lagSeconds: 60, speed: 10 };

const rows: BenchRow[] = [];
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : null);
const log = (s: string) => process.stderr.write(`bench:hq ${s}\n`);

/** One measure; a failure becomes its row in the table and the others still run. */
async function measure<T>(id: keyof typeof HQ_GOALS, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    log(`${id} failed: ${message}`);
    // A measure that failed misses its goal: FAIL, not a row without a verdict.
    rows.push({
      id,
      measure: 'failed',
      ours: message.slice(0, 100),
      baseline: '',
      ratio: null,
      goal: HQ_GOALS[id],
      pass: false,
    });
    return null;
  }
}

if (!ADMIN_URL) {
  rows.push({
    id: 'H',
    measure: 'head office',
    ours: 'skipped: DATABASE_URL not set',
    baseline: '',
    ratio: null,
    goal: '',
  });
} else {
  const createDb = () =>
    createScratchDatabase(ADMIN_URL, { prefix: 'hq_bench', fromMonth: '2026-02-01', months: 3, poolSize: 10 });
  log(`simulating ${settings.templates} branch days on the real engine…`);
  const templates = Array.from({ length: settings.templates }, (_, i) => simulateDayFacts(i + 1));

  log(`H1: ${BRANCHES} branches × ${settings.factsPerBranch} facts…`);
  const h1 = await measure('H1', () =>
    benchIngest({
      adminUrl: ADMIN_URL,
      createDb,
      templates,
      branches: BRANCHES,
      factsPerBranch: settings.factsPerBranch,
      batchSize: 500,
      concurrency: 8,
    }),
  );
  if (h1) {
    log(`H1: ${h1.ingestPerSec.toFixed(0)} events/s vs ${h1.copyPerSec.toFixed(0)}/s raw COPY`);
    rows.push(
      {
        id: 'H1',
        measure: `ingest, ${h1.branches} branches × ${settings.factsPerBranch} facts of simulated days (${h1.facts} events), 8 at a time, batches of 500`,
        ours: `${h1.ingestPerSec.toFixed(0)} events/s`,
        baseline: `${h1.copyPerSec.toFixed(0)}/s raw COPY, same rows and table`,
        ratio: ratio(h1.ingestPerSec, h1.copyPerSec),
        goal: HQ_GOALS.H1,
        pass: ingestMeetsGoal(h1.ingestPerSec),
      },
      {
        id: 'H1',
        measure: 'one ingest transaction (500 facts), p50 / max',
        ours: `${formatMs(h1.batchP50Ms)} / ${formatMs(h1.batchMaxMs)}`,
        baseline: '',
        ratio: null,
        goal: '',
      },
    );
  }

  log(`H2: 1 branch, then ${BRANCHES} branches live at ${settings.speed}× real time for ${settings.lagSeconds} s…`);
  const lag = await measure('H2', async () => ({
    alone: await benchLag({
      createDb,
      templates,
      branches: 1,
      seconds: Math.min(15, settings.lagSeconds),
      speed: settings.speed * 20,
    }),
    all: await benchLag({
      createDb,
      templates,
      branches: BRANCHES,
      seconds: settings.lagSeconds,
      speed: settings.speed,
      log,
    }),
  }));
  if (lag) {
    const { alone, all: h2 } = lag;
    log(`H2: p99 ${formatMs(h2.lag.p99)} vs ${formatMs(alone.lag.p99)} one branch alone`);
    rows.push(
      {
        id: 'H2',
        measure: `replication lag (outbox append → head office ack), ${h2.branches} branches live at ${settings.speed}× real time, ${h2.factsPerSec.toFixed(0)} facts/s, p99 of ${h2.lag.n}`,
        ours: formatMs(h2.lag.p99),
        baseline: `${formatMs(alone.lag.p99)} one branch alone`,
        ratio: ratio(h2.lag.p99, alone.lag.p99),
        goal: HQ_GOALS.H2,
        pass: lagMeetsGoal(h2.lag, h2.unacked),
      },
      {
        id: 'H2',
        measure: `… p50 / max (${h2.unacked} facts never acked)`,
        ours: `${formatMs(h2.lag.p50)} / ${formatMs(h2.lag.max)}`,
        baseline: `${formatMs(alone.lag.p50)} / ${formatMs(alone.lag.max)} alone`,
        ratio: null,
        goal: '',
      },
    );
  }

  log(`H3: rollups of 30 days × ${BRANCHES} branches…`);
  const h3 = await measure('H3', () =>
    benchMonthReport({ createDb, templates, branches: BRANCHES, days: 30, runs: 5 }),
  );
  if (h3) {
    // The same report on raw events, measured on H1's events and scaled to the month's events.
    const monthEvents = 30 * BRANCHES * templates[0]!.facts.length;
    const rawMonthMs = h1 ? h1.sameDayRawMs * (monthEvents / h1.facts) : Number.NaN;
    rows.push({
      id: 'H3',
      measure: `cross-branch month report, 30 days × ${h3.branchDays / 30} branches by branch (${h3.rollupRows} rollup rows), max of ${h3.n}`,
      ours: formatMs(h3.maxMs),
      baseline: h1
        ? `≈ ${(rawMonthMs / 1000).toFixed(0)} s on raw events (H3b's raw time × ${(monthEvents / h1.facts).toFixed(0)})`
        : 'n/a (H1 failed)',
      ratio: ratio(h3.maxMs, rawMonthMs),
      goal: HQ_GOALS.H3,
      pass: monthReportMeetsGoal(h3.maxMs),
    });
  }
  if (h1)
    rows.push({
      id: 'H3b',
      measure: `the day's report by branch over the same ${h1.facts} events, max of 3`,
      ours: `${formatMs(h1.sameDayRollupMs)} rollups`,
      baseline: `${formatMs(h1.sameDayRawMs)} raw events`,
      ratio: ratio(h1.sameDayRollupMs, h1.sameDayRawMs),
      goal: '',
    });
}

const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ');
console.log(
  `\nHead-office benchmarks${QUICK ? ' (BENCH_QUICK)' : ''} — ${new Date().toISOString()}, PostgreSQL, loopback, ${cpus().length} cores, load average ${load} at the end\n`,
);
console.log(renderTable(rows));
console.log(`\n${runVerdict(rows).text}`);
// `npm run bench` runs this as a child and folds these rows into its one table.
if (process.env.BENCH_ROWS_FILE) writeFileSync(process.env.BENCH_ROWS_FILE, JSON.stringify(rows));
process.exit(0);
