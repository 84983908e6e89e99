import { Worker } from 'node:worker_threads';

/**
 * A worker thread running a TypeScript module through tsx, so bench clients get their own
 * core instead of sharing the event loop of the server they measure.
 */
export function startTsWorker(moduleUrl: string, workerData: unknown): Worker {
  const bootstrap = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(moduleUrl)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}
