import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type WorkerJob } from './parallel.ts';

/** Worker entry: run the job it was given and post the result back. */
parentPort?.postMessage(runJob(workerData as WorkerJob));
