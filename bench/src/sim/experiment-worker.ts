import { parentPort, workerData } from 'node:worker_threads';
import { runChunk, type ExperimentSpec } from './experiment.ts';

/** Worker entry: run the replications it was given and post them back. */
const { spec, from, to } = workerData as { spec: ExperimentSpec; from: number; to: number };
parentPort?.postMessage(runChunk(spec, from, to));
