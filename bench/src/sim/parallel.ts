import { Worker } from 'node:worker_threads';
import { mergeChunks, runChunk, type ChunkResult, type ExperimentResult, type ExperimentSpec } from './experiment.ts';
import { runEstimateDays, type EstimateRunOptions, type EstimateRunResult } from './estimate-run.ts';
import type { Scenario } from './scenario.ts';

/**
 * Spread replications over worker threads (the machine has two cores). Workers load
 * TypeScript through tsx's register API; results come back in replication order, so
 * pairing across policies survives the split.
 */
const WORKER_URL = new URL('./experiment-worker.ts', import.meta.url).href;

/** What a worker is asked to run: replications [from, to) of an experiment, or of the P5 oracle. */
export type WorkerJob =
  | { kind: 'experiment'; spec: ExperimentSpec; from: number; to: number }
  | { kind: 'estimates'; scenario: Scenario; options: EstimateRunOptions; from: number; to: number };

export function runJob(job: WorkerJob): ChunkResult | EstimateRunResult {
  return job.kind === 'experiment'
    ? runChunk(job.spec, job.from, job.to)
    : runEstimateDays(job.scenario, job.options, job.from, job.to);
}

function runInWorker<R>(job: WorkerJob): Promise<R> {
  const bootstrap = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL)}); })`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: job });
    worker.once('message', (m: R) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`simulation worker exited with ${code}`));
    });
  });
}

/** [from, to) ranges covering `reps`, one per worker. */
function split(reps: number, workers: number): [number, number][] {
  const size = Math.ceil(reps / workers);
  const out: [number, number][] = [];
  for (let from = 0; from < reps; from += size) out.push([from, Math.min(reps, from + size)]);
  return out;
}

export async function runExperiment(spec: ExperimentSpec, workers: number): Promise<ExperimentResult> {
  if (workers <= 1 || spec.reps < 4) return mergeChunks(spec, [runChunk(spec, 0, spec.reps)]);
  const chunks = await Promise.all(
    split(spec.reps, workers).map(([from, to]) => runInWorker<ChunkResult>({ kind: 'experiment', spec, from, to })),
  );
  return mergeChunks(spec, chunks);
}

/**
 * The printed estimate (and the bound) over `days` replications, in replication order. The
 * bound's days are spread over the workers with the rest, so each worker carries its own
 * range calibration from day to day, as one branch would.
 */
export async function runEstimates(
  scenario: Scenario,
  options: EstimateRunOptions,
  days: number,
  workers: number,
): Promise<EstimateRunResult> {
  if (workers <= 1 || days < 2) return runEstimateDays(scenario, options, 0, days);
  const chunks = split(days, workers);
  const boundDays = Math.ceil(options.boundDays / chunks.length);
  const parts = await Promise.all(
    chunks.map(([from, to]) =>
      runInWorker<EstimateRunResult>({ kind: 'estimates', scenario, options: { ...options, boundDays }, from, to }),
    ),
  );
  return {
    samples: parts.flatMap((p) => p.samples),
    bound: parts.flatMap((p) => p.bound),
    forecasts: parts.reduce((a, p) => a + p.forecasts, 0),
    forecastMs: parts.reduce((a, p) => a + p.forecastMs, 0),
  };
}
