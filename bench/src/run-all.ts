import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { formatMs, renderTable, runVerdict, type BenchRow } from './common/bench-table.ts';
import { HQ_NODE_FLAGS } from '../../hq/src/server/node-flags.ts';
import { benchDurableTransitions, KIOSKS, SUSTAINED_SEC } from './durability/durable-transitions.ts';
import { P2_WAITING } from './durability/transition-loops.ts';
import { benchBroadcast } from './latency/broadcast-500.ts';
import { benchCallFanout } from './latency/call-fanout.ts';
import { benchKioskTap } from './latency/kiosk-tap.ts';
import { benchDeadCounter } from './presence/dead-counter.ts';
import { benchServerFootprint } from './presence/server-footprint.ts';
import { benchColdStart } from './start/cold-start.ts';

/**
 * `npm run bench`: every docs/performance.md measure we can take on one machine, each next to
 * its baseline measured in this same run, printed as ONE table (no assertions on timings).
 * The harness is a list of modules (below); a module that throws becomes a `failed` row and
 * the others still run. The head office's H1–H3 (bench/src/hq) run as a child process whose
 * rows join the table. The policy and estimator bench is its own command
 * (`npm run bench:policy`, docs/policy.md).
 * Exit 1 when a module failed, a row misses its goal or a goal row carries no PASS/FAIL
 * verdict (runVerdict). A full run (not BENCH_QUICK=1, which shortens every bench) writes
 * the table with its date and machine to docs/bench.md.
 */
const QUICK = process.env.BENCH_QUICK === '1';
const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const settings = QUICK
  ? { fanoutCalls: 20, durableSeconds: 3, writePathSeconds: 3, broadcastSeconds: 1.5, kioskTaps: 3, startRounds: 2 }
  : {
      fanoutCalls: 300,
      durableSeconds: SUSTAINED_SEC,
      writePathSeconds: 10,
      broadcastSeconds: 10,
      kioskTaps: 12,
      startRounds: 5,
    };

const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : null);

interface BenchModule {
  name: string;
  run(): Promise<BenchRow[]>;
}

const modules: BenchModule[] = [];
modules.push({
  name: 'P1',
  run: async () => {
    const r = await benchCallFanout({ clients: 200, calls: settings.fanoutCalls });
    const m = `call next → the last of ${r.clients} clients has it (per-call maximum), over ${r.ours.n} calls`;
    const row = (q: 'p50' | 'p99' | 'max', goal: boolean): BenchRow => ({
      id: 'P1',
      measure: `${m}, ${q}`,
      ours: formatMs(r.ours[q]),
      baseline: `${formatMs(r.bare[q])} bare socket.io`,
      ratio: ratio(r.ours[q], r.bare[q]),
      goal: goal ? 'p99 ≤ 50 ms' : '',
      ...(goal ? { pass: r.ours.p99 <= 50 } : {}),
    });
    return [row('p50', false), row('p99', true), row('max', false)];
  },
});

modules.push({
  name: 'P2',
  run: async () => {
    const r = await benchDurableTransitions({
      seconds: settings.durableSeconds,
      writePathSeconds: settings.writePathSeconds,
    });
    const rawCommit = `${formatMs(r.rawCommit.p99)} raw insert+update p99`;
    return [
      {
        id: 'P2',
        measure: `durable transitions/s, FULL, end to end over socket.io (clients in a worker), sustained ${r.sustainedSec} s, ≤ ${P2_WAITING} waiting (most ${r.maxWaiting}), ${r.commandsPerBatch.toFixed(1)} commands per commit`,
        ours: `${r.transitionsPerSec.toFixed(0)}/s`,
        baseline: `${r.rawPerSec.toFixed(0)}/s raw sqlite tx`,
        ratio: ratio(r.transitionsPerSec, r.rawPerSec),
        goal: '≥ 1,000/s',
        pass: r.transitionsPerSec >= 1000,
      },
      {
        id: 'P2',
        measure: `… rate over the round's first and last tenth (the day's tickets accumulate: ${r.transitions} transitions)`,
        ours: `${r.firstRate.toFixed(0)}/s → ${r.lastRate.toFixed(0)}/s`,
        baseline: '',
        ratio: null,
        goal: '',
      },
      {
        id: 'P2',
        measure: `… receipt → ack on the server in that saturated round (11 commands always in flight), every transition (${r.ack.n}), p50 / p99 / max`,
        ours: `${formatMs(r.ack.p50)} / ${formatMs(r.ack.p99)} / ${formatMs(r.ack.max)}`,
        baseline: rawCommit,
        ratio: ratio(r.ack.p99, r.rawCommit.p99),
        goal: '',
      },
      {
        id: 'P2',
        measure: `… emit → ack as the clients saw it (their worker's event loop included), p99 / max`,
        ours: `${formatMs(r.roundTrip.p99)} / ${formatMs(r.roundTrip.max)}`,
        baseline: '',
        ratio: null,
        goal: '',
      },
      {
        id: 'P2',
        measure: `… the goal's load on a schedule: ${r.paced.offeredPerSec} transitions/s offered (open loop) for ${r.sustainedSec} s, ≤ ${P2_WAITING} waiting (most ${r.paced.maxWaiting}); achieved`,
        ours: `${r.paced.perSec.toFixed(0)}/s`,
        baseline: `${r.paced.offeredPerSec}/s offered`,
        ratio: ratio(r.paced.perSec, r.paced.offeredPerSec),
        goal: '',
      },
      {
        id: 'P2',
        measure: `… at that load, receipt → ack on the server (the wait for the batch included), every transition (${r.paced.ack.n}), p99`,
        ours: formatMs(r.paced.ack.p99),
        baseline: rawCommit,
        ratio: ratio(r.paced.ack.p99, r.rawCommit.p99),
        goal: 'p99 ≤ 5 ms at ≥ 98 % of the offered rate',
        pass: r.paced.ack.n > 0 && r.paced.ack.p99 <= 5 && r.paced.perSec >= 0.98 * r.paced.offeredPerSec,
      },
      {
        id: 'P2',
        measure: '… at that load, receipt → ack on the server p50 / max; due → ack as the clients saw it p99 / max',
        ours: `${formatMs(r.paced.ack.p50)} / ${formatMs(r.paced.ack.max)}; ${formatMs(r.paced.fromDue.p99)} / ${formatMs(r.paced.fromDue.max)}`,
        baseline: '',
        ratio: null,
        goal: '',
      },
      {
        id: 'P2',
        measure:
          '… batch commit in the saturated round (whole write path of a batch, one sample per command), p50 / p99',
        ours: `${formatMs(r.commit.p50)} / ${formatMs(r.commit.p99)}`,
        baseline: `${formatMs(r.rawCommit.p50)} / ${formatMs(r.rawCommit.p99)} raw`,
        ratio: ratio(r.commit.p99, r.rawCommit.p99),
        goal: '',
      },
      {
        id: 'P2',
        measure: `durable transitions/s, FULL, write path alone (${KIOSKS} kiosks + 7 tellers into QueueService), median of ${r.rounds} rounds`,
        ours: `${r.writePathPerSec.toFixed(0)}/s`,
        baseline: `${r.rawPerSec.toFixed(0)}/s raw sqlite tx`,
        ratio: ratio(r.writePathPerSec, r.rawPerSec),
        goal: '',
      },
    ];
  },
});

modules.push({
  name: 'P7',
  run: async () => {
    const r = await benchDeadCounter();
    return [
      {
        id: 'P7',
        measure: 'vanished counter client → offline',
        ours: formatMs(r.detectMs),
        baseline: `${formatMs(r.socketIoDefaultMs)} socket.io default heartbeat`,
        ratio: ratio(r.detectMs, r.socketIoDefaultMs),
        goal: '≤ 10 s',
        pass: r.detectMs <= 10_000,
      },
    ];
  },
});

modules.push({
  name: 'P8',
  run: async () => {
    const r = await benchBroadcast({ clients: 500, seconds: settings.broadcastSeconds });
    return [
      {
        id: 'P8',
        measure: `${r.clients} clients × 10 broadcasts/s from a separate process, from the scheduled time, p99`,
        ours: formatMs(r.ours.p99),
        baseline: `${formatMs(r.bare.p99)} bare socket.io`,
        ratio: ratio(r.ours.p99, r.bare.p99),
        goal: 'p99 ≤ 100 ms',
        pass: r.ours.p99 <= 100,
      },
      {
        id: 'P8',
        measure: `… rate the sender process achieved on its fixed schedule (latest send behind it: ${formatMs(r.ours.maxBehindMs)})`,
        ours: `${r.ours.achievedPerSec.toFixed(2)}/s`,
        baseline: `${r.bare.achievedPerSec.toFixed(2)}/s bare`,
        ratio: ratio(r.ours.achievedPerSec, r.bare.achievedPerSec),
        goal: '',
      },
      {
        id: 'P8',
        measure: `${r.clients} clients × 10 broadcasts/s, lost`,
        ours: `${r.ours.lost} of ${r.ours.expected}`,
        baseline: `${r.bare.lost} of ${r.bare.expected} bare`,
        ratio: null,
        goal: '0 lost',
        pass: r.ours.lost === 0,
      },
    ];
  },
});

modules.push({
  name: 'P9',
  run: async () => {
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
        pass: r.compiledColdMaxMs <= 1000,
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
        pass: r.compiledWarmMaxMs <= 1000,
      },
    ];
  },
});

modules.push({
  name: 'footprint',
  run: async () => {
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
  },
});

modules.push({
  name: 'kiosk',
  run: async () => {
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
  },
});

// Head office (H1–H3, bench/src/hq) as its own process (it needs DATABASE_URL); its rows join the table.
modules.push({
  name: 'head office',
  run: async () => {
    if (process.env.BENCH_SKIP_HQ === '1')
      return [
        { id: 'H', measure: 'head office', ours: 'skipped: BENCH_SKIP_HQ=1', baseline: '', ratio: null, goal: '' },
      ];
    const dir = mkdtempSync(join(tmpdir(), 'lobby-bench-'));
    const rowsFile = join(dir, 'hq-rows.json');
    try {
      const res = spawnSync(
        process.execPath,
        [...HQ_NODE_FLAGS, '--import', 'tsx', resolve(REPO_ROOT, 'bench/src/hq/run-hq-bench.ts')],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, BENCH_ROWS_FILE: rowsFile },
          stdio: ['ignore', 'ignore', 'inherit'],
          timeout: 30 * 60_000,
        },
      );
      if (res.status !== 0 || !existsSync(rowsFile))
        throw new Error(`head-office bench ended ${res.status ?? res.signal} without its rows`);
      return JSON.parse(readFileSync(rowsFile, 'utf8')) as BenchRow[];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

const rows: BenchRow[] = [];
const loadAtStart = loadavg();
for (const m of modules) {
  const started = performance.now();
  process.stderr.write(`bench: ${m.name}… `);
  try {
    rows.push(...(await m.run()));
    process.stderr.write(`${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (err) {
    process.stderr.write('failed\n');
    const message = err instanceof Error ? err.message : String(err);
    rows.push({ id: m.name, measure: 'failed', ours: message.slice(0, 80), baseline: '', ratio: null, goal: '' });
  }
}
const run = runVerdict(rows);

const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' / ');
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).stdout.trim();
const machine =
  `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
  `${platform()} ${release()}, node ${process.version}; load average ${load(loadAtStart)} at the start, ${load(loadavg())} at the end`;
const heading = `Lobby queue benchmarks${QUICK ? ' (BENCH_QUICK)' : ''} — ${new Date().toISOString()}, commit ${commit || 'unknown'}, loopback, all baselines measured in this run`;
const table = renderTable(rows);
const verdict = run.text;
console.log(`\n${heading}\n${machine}\n\n${table}\n\n${verdict}`);
console.log('(The policy and estimator goals are `npm run bench:policy`, recorded in docs/policy.md.)');

if (!QUICK) {
  writeFileSync(
    resolve(REPO_ROOT, 'docs/bench.md'),
    `# Last full \`npm run bench\`\n\n${heading}.\n\nMachine: ${machine}.\n\n` +
      `Written by \`npm run bench\` (bench/src/run-all.ts) on every full run; BENCH_QUICK=1 runs do not write it. ` +
      `Read the ratios: the baselines ran on the same loaded machine in the same run.\n\n${table}\n\n${verdict}\n`,
  );
  process.stderr.write('bench: wrote docs/bench.md\n');
}
process.exit(run.ok ? 0 : 1);
