import type { HqIngestBatch } from '@lobby/shared';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkBatch, parsedBodies, type BatchCheck } from './check-batch.ts';
import type { CheckReply, CheckRequest } from './check-worker.ts';

/**
 * Where batches are checked (hashes, JSON, schemas: ~12 µs a fact, a quarter of head office's own
 * CPU per fact). On worker threads by default, so the thread that runs the transactions does
 * not carry them too (5-10 % more ingest, docs/hq.md); `workers: 0` checks on the calling thread (one code path:
 * both run checkBatch). Workers start on first use, or all at once with warm() (a thread's
 * start loads the loader and the schemas: ~0.5 s the first branch's batch would wait), and are
 * replaced if one dies.
 */
export interface BatchCheckersOptions {
  workers: number;
}

/** One per core beside the main thread, at least one, at most four (PostgreSQL needs cores too). */
export function defaultCheckWorkers(): number {
  const set = process.env.HQ_CHECK_WORKERS;
  if (set !== undefined && /^\d+$/.test(set)) return Number(set);
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

const BOOT = new URL('./check-worker-boot.mjs', import.meta.url);
const ENTRY = new URL(`./check-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;

interface Pending {
  facts: HqIngestBatch['facts'];
  resolve: (check: BatchCheck) => void;
  reject: (err: Error) => void;
}

class CheckThread {
  private readonly worker: Worker;
  readonly pending = new Map<number, Pending>();
  dead = false;

  constructor(onExit: () => void) {
    this.worker = new Worker(BOOT, { workerData: { entry: ENTRY } });
    this.worker.unref();
    this.worker.on('message', (reply: CheckReply) => {
      const p = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.worker.unref();
      if (p) p.resolve(reply.ok ? { ok: true, bodies: parsedBodies(p.facts) } : { ok: false, message: reply.message });
    });
    const fail = (err: Error) => {
      if (this.dead) return;
      this.dead = true;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      onExit();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`batch check worker exited (${code})`)));
  }

  check(id: number, facts: HqIngestBatch['facts']): Promise<BatchCheck> {
    return new Promise((resolve, reject) => {
      this.pending.set(id, { facts, resolve, reject });
      // Held open only while it has work: an idle checker never keeps the process alive.
      this.worker.ref();
      this.worker.postMessage({ id, facts } satisfies CheckRequest);
    });
  }

  async terminate(): Promise<void> {
    this.dead = true;
    await this.worker.terminate();
  }
}

export class BatchCheckers {
  private threads: (CheckThread | null)[];
  private nextId = 1;
  private closed = false;

  constructor(opts: BatchCheckersOptions = { workers: defaultCheckWorkers() }) {
    this.threads = Array.from({ length: opts.workers }, () => null);
  }

  check(facts: HqIngestBatch['facts']): Promise<BatchCheck> {
    if (this.threads.length === 0 || this.closed) return Promise.resolve(checkBatch(facts));
    return this.leastBusy().check(this.nextId++, facts);
  }

  /** Starts every thread and waits until each has answered an empty batch. */
  async warm(): Promise<void> {
    if (this.closed) return;
    await Promise.all(this.threads.map((_, slot) => this.thread(slot).check(this.nextId++, [])));
  }

  /** Threads started and alive. */
  running(): number {
    return this.threads.filter((t) => t !== null && !t.dead).length;
  }

  private leastBusy(): CheckThread {
    let best = 0;
    for (let i = 0; i < this.threads.length; i++) {
      const t = this.threads[i];
      if (!t) {
        best = i;
        break;
      }
      if (t.pending.size < this.threads[best]!.pending.size) best = i;
    }
    return this.thread(best);
  }

  /** The slot's thread, started (again) if it has none or it died. */
  private thread(slot: number): CheckThread {
    let thread = this.threads[slot];
    if (!thread || thread.dead) {
      thread = new CheckThread(() => {
        if (this.threads[slot] === thread) this.threads[slot] = null;
      });
      this.threads[slot] = thread;
    }
    return thread;
  }

  async close(): Promise<void> {
    this.closed = true;
    const running = this.threads.filter((t): t is CheckThread => t !== null);
    this.threads = this.threads.map(() => null);
    await Promise.all(running.map((t) => t.terminate()));
  }
}
