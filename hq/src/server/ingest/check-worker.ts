import { parentPort } from 'node:worker_threads';
import type { HqIngestBatch } from '@lobby/shared';
import { checkBatch } from './check-batch.ts';

/** Worker thread: checks batches for the ingest (see batch-checkers.ts). */
export interface CheckRequest {
  id: number;
  facts: HqIngestBatch['facts'];
}

/**
 * Only the verdict goes back: the calling thread holds the bodies' text and parses it
 * itself (parsedBodies), which costs it what parsing a returned JSON text did, and spares
 * this thread the stringify of every checked body (~10 µs a fact, a third of its time).
 */
export type CheckReply = { id: number; ok: true } | { id: number; ok: false; message: string };

parentPort?.on('message', ({ id, facts }: CheckRequest) => {
  const check = checkBatch(facts);
  parentPort!.postMessage((check.ok ? { id, ok: true } : { id, ...check }) satisfies CheckReply);
});
