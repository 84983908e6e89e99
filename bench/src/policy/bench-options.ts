/**
 * Command line of `npm run bench:policy`:
 *   --reps N            branch-day replications per policy and scenario (default 200; also the engine days of each Erlang C case)
 *   --estimate-days N   days of the printed-estimate runs per check day (default 40)
 *   --bound-days N      of those, days with the honest bound (default 30)
 *   --bound-replays N   continuations of the day per bound ticket (default 48)
 *   --bound-every N     the bound on every N-th scored ticket (default 3)
 *   --reference-reps N  days of the cheap FIFO recursion per Erlang C case (default 20000)
 *   --workers N         worker threads (default 2)   --seed N
 *   --only a,b          sections: erlang, policy, bookings, estimates (default all)
 * BENCH_QUICK=1 runs a few days of everything, to prove the bench works.
 */
export const SECTIONS = ['erlang', 'policy', 'bookings', 'estimates'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  reps: number;
  estimateDays: number;
  boundDays: number;
  boundReplays: number;
  boundEvery: number;
  agreementReps: number;
  referenceReps: number;
  workers: number;
  seed: number;
  quick: boolean;
  sections: Section[];
}

function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

export function intFlag(argv: readonly string[], name: string): number | undefined {
  const raw = flag(argv, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a positive integer, got ${raw}`);
  return n;
}

export function parseBenchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const quick = env.BENCH_QUICK === '1' || env.BENCH_QUICK === 'true';
  const only = flag(argv, '--only');
  const sections = only === undefined ? [...SECTIONS] : only.split(',').map((s) => s.trim());
  for (const s of sections)
    if (!(SECTIONS as readonly string[]).includes(s))
      throw new Error(`--only: unknown section ${s} (${SECTIONS.join(', ')})`);
  const estimateDays = intFlag(argv, '--estimate-days') ?? (quick ? 2 : 40);
  return {
    quick,
    reps: intFlag(argv, '--reps') ?? (quick ? 8 : 200),
    estimateDays,
    boundDays: Math.min(estimateDays, intFlag(argv, '--bound-days') ?? (quick ? 1 : 30)),
    boundReplays: intFlag(argv, '--bound-replays') ?? (quick ? 6 : 48),
    boundEvery: intFlag(argv, '--bound-every') ?? (quick ? 4 : 3),
    agreementReps: quick ? 3 : 20,
    referenceReps: intFlag(argv, '--reference-reps') ?? (quick ? 2000 : 20000),
    workers: intFlag(argv, '--workers') ?? 2,
    seed: intFlag(argv, '--seed') ?? 20261123,
    sections: sections as Section[],
  };
}
