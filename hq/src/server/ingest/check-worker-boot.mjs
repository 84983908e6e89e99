// Worker threads do not inherit the main thread's TypeScript loader (tsx): register it, then
// load the worker's module. Plain JavaScript so Node can start it as it is.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) (await import('tsx/esm/api')).register();
await import(workerData.entry);
