import { parseBenchOptions } from './bench-options.ts';
import { runPolicySuite } from './policy-suite.ts';
import { renderReport } from './report-table.ts';

/** `npm run bench:policy [-- options]` (see bench-options.ts). Exits 1 when a goal is not met. */
const options = parseBenchOptions(process.argv.slice(2), process.env);
const report = await runPolicySuite(options, (line) => process.stderr.write(`${line}\n`));
process.stdout.write(`${renderReport(report)}\n`);
process.exitCode = report.goals.every((g) => g.pass) ? 0 : 1;
