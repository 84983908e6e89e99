import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseBenchOptions, SECTIONS } from './bench-options.ts';
import { runPolicySuite } from './policy-suite.ts';
import { recordText, writeRecord } from './policy-record.ts';
import { renderReport } from './report-table.ts';

/**
 * `npm run bench:policy [-- options]` (see bench-options.ts). Exits 1 when a goal is not met.
 * A run of every section (not BENCH_QUICK) records itself in docs/policy.md, marked as reduced
 * when its sizes are below the full ones.
 */
const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');
const options = parseBenchOptions(process.argv.slice(2), process.env);
const loadAtStart = loadavg();
const report = await runPolicySuite(options, (line) => process.stderr.write(`${line}\n`));
const text = renderReport(report);
process.stdout.write(`${text}\n`);
if (!options.quick && SECTIONS.every((s) => options.sections.includes(s))) {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).stdout.trim();
  writeRecord(
    resolve(REPO_ROOT, 'docs/policy.md'),
    recordText(text, options, { date: new Date(), commit, loadAtStart, loadAtEnd: loadavg() }),
  );
  process.stderr.write('bench:policy: wrote docs/policy.md\n');
}
process.exitCode = report.goals.every((g) => g.pass) ? 0 : 1;
