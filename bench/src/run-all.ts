import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatMs, renderTable, type BenchRow } from './common/bench-table.ts';
import { benchDurableTransitions } from './durability/durable-transitions.ts';
import { benchBroadcast } from './latency/broadcast-500.ts';
import { benchCallFanout } from './latency/call-fanout.ts';
import { benchKioskTap } from './latency/kiosk-tap.ts';
import { benchDeadCounter } from './presence/dead-counter.ts';
import { benchServerFootprint } from './presence/server-footprint.ts';
import { benchColdStart } from './start/cold-start.ts';

/**
 * `npm run bench`: every docs/performance.md measure we can take on one machine, each next to
 * its baseline measured in this same run, printed as ONE table (no assertions on timings).
 * BENCH_QUICK=1 shortens every bench. The policy/simulator bench, when present, runs after
 * as its own process and its table is printed below ours (BENCH_SKIP_POLICY=1 leaves it out).
 */
const QUICK = process.env.BENCH_QUICK === '1';
const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const settings = QUICK
  ? { fanoutCalls: 5, durableSeconds: 3, broadcastSeconds: 1.5, kioskTaps: 3, startRounds: 2 }
  : { fanoutCalls: 30, durableSeconds: 10, broadcastSeconds: 10, kioskTaps: 12, startRounds: 5 };

const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : null);
const rows: BenchRow[] = [];

async function section(name: string, run: () => Promise<BenchRow[]>): Promise<void> {
  const started = performance.now();
  process.stderr.write(`bench: ${name}… `);
  try {
    rows.push(...(await run()));
    process.stderr.write(`${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (err) {
    process.stderr.write('failed\n');
    rows.push({
      id: name,
      measure: 'failed',
      ours: err instanceof Error ? err.message.slice(0, 80) : String(err),
      baseline: '',
      ratio: null,
      goal: '',
    });
  }
}

await section('P1', async () => {
  const r = await benchCallFanout({ clients: 200, calls: settings.fanoutCalls });
  const m = `call next → all ${r.clients} clients`;
  return [
    {
      id: 'P1',
      measure: `${m}, p50`,
      ours: formatMs(r.ours.p50),
      baseline: `${formatMs(r.bare.p50)} bare socket.io`,
      ratio: ratio(r.ours.p50, r.bare.p50),
      goal: '',
    },
    {
      id: 'P1',
      measure: `${m}, p99`,
      ours: formatMs(r.ours.p99),
      baseline: `${formatMs(r.bare.p99)} bare socket.io`,
      ratio: ratio(r.ours.p99, r.bare.p99),
      goal: 'p99 ≤ 50 ms',
    },
  ];
});

await section('P2', async () => {
  const r = await benchDurableTransitions({ seconds: settings.durableSeconds });
  return [
    {
      id: 'P2',
      measure: `durable transitions/s, FULL, write path (2 kiosks + 7 tellers into QueueService), median of ${r.rounds} rounds`,
      ours: `${r.writePathPerSec.toFixed(0)}/s`,
      baseline: `${r.rawPerSec.toFixed(0)}/s raw sqlite tx`,
      ratio: ratio(r.writePathPerSec, r.rawPerSec),
      goal: '≥ 1,000/s',
    },
    {
      id: 'P2',
      measure: `durable transitions/s, FULL, end to end over socket.io (clients in a worker), ${r.commandsPerBatch.toFixed(1)} commands per commit`,
      ours: `${r.transitionsPerSec.toFixed(0)}/s`,
      baseline: `${r.rawPerSec.toFixed(0)}/s raw sqlite tx`,
      ratio: ratio(r.transitionsPerSec, r.rawPerSec),
      goal: '',
    },
    {
      id: 'P2',
      measure: 'commit (whole write path) p50, median round',
      ours: formatMs(r.commit.p50),
      baseline: `${formatMs(r.rawCommit.p50)} raw insert+update`,
      ratio: ratio(r.commit.p50, r.rawCommit.p50),
      goal: '',
    },
    {
      id: 'P2',
      measure: 'commit (whole write path) p99, median round',
      ours: formatMs(r.commit.p99),
      baseline: `${formatMs(r.rawCommit.p99)} raw insert+update`,
      ratio: ratio(r.commit.p99, r.rawCommit.p99),
      goal: 'p99 ≤ 5 ms',
    },
  ];
});

await section('P7', async () => {
  const r = await benchDeadCounter();
  return [
    {
      id: 'P7',
      measure: 'vanished counter client → offline',
      ours: formatMs(r.detectMs),
      baseline: `${formatMs(r.socketIoDefaultMs)} socket.io default heartbeat`,
      ratio: ratio(r.detectMs, r.socketIoDefaultMs),
      goal: '≤ 10 s',
    },
  ];
});

await section('P8', async () => {
  const r = await benchBroadcast({ clients: 500, seconds: settings.broadcastSeconds });
  return [
    {
      id: 'P8',
      measure: `${r.clients} clients × 10 broadcasts/s, p99`,
      ours: formatMs(r.ours.p99),
      baseline: `${formatMs(r.bare.p99)} bare socket.io`,
      ratio: ratio(r.ours.p99, r.bare.p99),
      goal: 'p99 ≤ 100 ms',
    },
    {
      id: 'P8',
      measure: `${r.clients} clients × 10 broadcasts/s, lost`,
      ours: `${r.ours.lost} of ${r.ours.expected}`,
      baseline: `${r.bare.lost} of ${r.bare.expected} bare`,
      ratio: null,
      goal: '0 lost',
    },
  ];
});

await section('P9', async () => {
  const r = await benchColdStart({ rounds: settings.startRounds });
  const of = `slowest of ${r.rounds}`;
  return [
    {
      id: 'P9',
      measure: `cold start to ready, compiled build, fresh DATA_DIR (npm run branch), ${of}`,
      ours: formatMs(r.compiledColdMaxMs),
      baseline: `${formatMs(r.bareNodeMaxMs)} bare node`,
      ratio: ratio(r.compiledColdMaxMs, r.bareNodeMaxMs),
      goal: '≤ 1 s',
    },
    {
      id: 'P9',
      measure: `… the same start through tsx (the old npm run branch), ${of}`,
      ours: formatMs(r.tsxColdMaxMs),
      baseline: `${formatMs(r.compiledColdMaxMs)} compiled`,
      ratio: ratio(r.tsxColdMaxMs, r.compiledColdMaxMs),
      goal: '',
    },
    {
      id: 'P9',
      measure: `start to ready, compiled build, existing DATA_DIR, ${of}`,
      ours: formatMs(r.compiledWarmMaxMs),
      baseline: `${formatMs(r.bareNodeMaxMs)} bare node`,
      ratio: ratio(r.compiledWarmMaxMs, r.bareNodeMaxMs),
      goal: '≤ 1 s',
    },
  ];
});

await section('footprint', async () => {
  const r = await benchServerFootprint({ clients: 200 });
  return [
    {
      id: 'mem',
      measure: `server RSS with ${r.clients} clients`,
      ours: `${r.rssWithClientsMb.toFixed(0)} MB`,
      baseline: `${r.rssIdleMb.toFixed(0)} MB idle server`,
      ratio: ratio(r.rssWithClientsMb, r.rssIdleMb),
      goal: '',
    },
    {
      id: 'start',
      measure: 'cold start to ready (fresh DATA_DIR, tsx)',
      ours: formatMs(r.coldStartMs),
      baseline: `${formatMs(r.bareNodeStartMs)} bare node+tsx`,
      ratio: ratio(r.coldStartMs, r.bareNodeStartMs),
      goal: '',
    },
    {
      id: 'start',
      measure: '… of which main reports (after module load)',
      ours: r.reportedReadyMs === null ? 'n/a' : formatMs(r.reportedReadyMs),
      baseline: '',
      ratio: null,
      goal: '',
    },
    {
      id: 'start',
      measure: 'warm start to ready (existing DATA_DIR)',
      ours: formatMs(r.warmStartMs),
      baseline: `${formatMs(r.bareNodeStartMs)} bare node+tsx`,
      ratio: ratio(r.warmStartMs, r.bareNodeStartMs),
      goal: '',
    },
  ];
});

await section('kiosk', async () => {
  const r = await benchKioskTap({ taps: settings.kioskTaps });
  if (!r)
    return [
      {
        id: 'kiosk',
        measure: 'tap → ticket on screen',
        ours: 'skipped (no Chromium)',
        baseline: '',
        ratio: null,
        goal: '',
      },
    ];
  return [
    {
      id: 'kiosk',
      measure: `tap → ticket on screen (Chromium), p50 of ${r.n}`,
      ours: formatMs(r.p50),
      baseline: `max ${formatMs(r.max)}`,
      ratio: null,
      goal: '',
    },
  ];
});

console.log(
  `\nLobby queue benchmarks${QUICK ? ' (BENCH_QUICK)' : ''} — ${new Date().toISOString()}, node ${process.version}, loopback, all baselines measured in this run\n`,
);
console.log(renderTable(rows));

// Head office (H1–H3, bench/src/hq) runs as its own process with its own table; it needs DATABASE_URL.
const hqBench = resolve(REPO_ROOT, 'bench/src/hq/run-hq-bench.ts');
if (process.env.BENCH_SKIP_HQ === '1') {
  console.log('\n(head-office bench skipped: BENCH_SKIP_HQ=1)');
} else {
  const res = spawnSync(process.execPath, ['--import', 'tsx', hqBench], {
    cwd: REPO_ROOT,
    env: process.env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 30 * 60_000,
  });
  console.log(res.stdout || `(head-office bench produced no output, exit ${res.status ?? res.signal})`);
}

const policyBench = resolve(REPO_ROOT, 'bench/src/policy/run-policy-bench.ts');
if (process.env.BENCH_SKIP_POLICY === '1') {
  console.log('\n(policy bench skipped: BENCH_SKIP_POLICY=1)');
} else if (existsSync(policyBench)) {
  console.log('\nPolicy and estimator bench (bench/src/policy):\n');
  const res = spawnSync(process.execPath, ['--import', 'tsx', policyBench], {
    cwd: REPO_ROOT,
    env: process.env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 20 * 60_000,
  });
  console.log(res.stdout || `(policy bench produced no output, exit ${res.status ?? res.signal})`);
} else {
  console.log(
    '\n(policy bench bench/src/policy/run-policy-bench.ts not present yet: run `npm run bench:policy` when it lands)',
  );
}
process.exit(0);
