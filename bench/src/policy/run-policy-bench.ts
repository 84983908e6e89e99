import { parseBenchOptions } from './bench-options.ts';
import { runPolicySuite } from './policy-suite.ts';
import { renderReport } from './report-table.ts';

/** `npm run bench:policy [-- --reps N] [--erlang-reps N] [--workers N] [--seed N]`; BENCH_QUICK=1 for a smoke run. */
const options = parseBenchOptions(process.argv.slice(2), process.env);
const report = await runPolicySuite(options, (line) => process.stderr.write(`${line}\n`));
process.stdout.write(`${renderReport(report)}\n`);
