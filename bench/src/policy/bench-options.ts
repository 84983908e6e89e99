/**
 * Command line of `npm run bench:policy`: `--reps N` (branch-day replications per policy,
 * default 200; also the engine days of the Erlang C check), `--reference-reps N` (days of
 * the cheap FIFO recursion for the ±3 % check), `--workers N` (default 2), `--seed N`;
 * `--oracle-days N` and `--oracle-replays N` (the P5 oracle: days it runs, replays of the
 * rest of the day per ticket); `BENCH_QUICK=1` runs a few replications only, to prove the
 * bench works.
 */
export interface BenchOptions {
  reps: number;
  oracleDays: number;
  oracleReplays: number;
  agreementReps: number;
  referenceReps: number;
  workers: number;
  seed: number;
  quick: boolean;
}

function flag(argv: readonly string[], name: string): number | undefined {
  const i = argv.indexOf(name);
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a positive integer, got ${raw}`);
  return n;
}

export function parseBenchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const quick = env.BENCH_QUICK === '1' || env.BENCH_QUICK === 'true';
  return {
    quick,
    reps: flag(argv, '--reps') ?? (quick ? 8 : 200),
    oracleDays: flag(argv, '--oracle-days') ?? (quick ? 1 : 8),
    oracleReplays: flag(argv, '--oracle-replays') ?? (quick ? 6 : 32),
    agreementReps: quick ? 5 : 20,
    referenceReps: flag(argv, '--reference-reps') ?? (quick ? 2000 : 20000),
    workers: flag(argv, '--workers') ?? 2,
    seed: flag(argv, '--seed') ?? 20261123,
  };
}
