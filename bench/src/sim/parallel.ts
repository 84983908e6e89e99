import { Worker } from 'node:worker_threads';
import { mergeChunks, runChunk, type ChunkResult, type ExperimentResult, type ExperimentSpec } from './experiment.ts';

/**
 * Spread an experiment's replications over worker threads (the machine has two cores).
 * Workers load TypeScript through tsx's register API; results come back in replication
 * order, so pairing across policies survives the split.
 */
const WORKER_URL = new URL('./experiment-worker.ts', import.meta.url).href;

function runInWorker(spec: ExperimentSpec, from: number, to: number): Promise<ChunkResult> {
  const bootstrap = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL)}); })`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: { spec, from, to } });
    worker.once('message', (m: ChunkResult) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`simulation worker exited with ${code}`));
    });
  });
}

export async function runExperiment(spec: ExperimentSpec, workers: number): Promise<ExperimentResult> {
  if (workers <= 1 || spec.reps < 4) return mergeChunks(spec, [runChunk(spec, 0, spec.reps)]);
  const size = Math.ceil(spec.reps / workers);
  const jobs: Promise<ChunkResult>[] = [];
  for (let from = 0; from < spec.reps; from += size) jobs.push(runInWorker(spec, from, Math.min(spec.reps, from + size)));
  return mergeChunks(spec, await Promise.all(jobs));
}
