import type { Worker } from 'node:worker_threads';
import type { SwarmMessage, SwarmSpec } from './client-swarm-worker.ts';
import { startTsWorker } from './ts-worker.ts';

/**
 * N clients in a worker thread (see client-swarm-worker.ts). `expect(key)` resolves with
 * every client's receipt time of that key (absolute ms) once all have it; `flush()` returns
 * the keys some clients never got, for loss counts.
 */
const WORKER_URL = new URL('./client-swarm-worker.ts', import.meta.url).href;

export const absoluteNow = () => performance.timeOrigin + performance.now();

export class ClientSwarm {
  private readonly waiting = new Map<string, (times: number[]) => void>();
  private readonly early = new Map<string, number[]>();
  private flushed: ((partial: { key: string; times: number[] }[]) => void) | null = null;

  private readonly worker: Worker;

  private constructor(worker: Worker) {
    this.worker = worker;

    worker.on('message', (m: SwarmMessage) => {
      if (m.type === 'complete') {
        const done = this.waiting.get(m.key);
        if (done) {
          this.waiting.delete(m.key);
          done(m.times);
        } else this.early.set(m.key, m.times);
      } else if (m.type === 'flushed') this.flushed?.(m.partial);
    });
  }

  static start(spec: SwarmSpec): Promise<ClientSwarm> {
    const worker = startTsWorker(WORKER_URL, spec);
    return new Promise((done, fail) => {
      const onMessage = (m: SwarmMessage) => {
        if (m.type === 'connected') {
          worker.off('message', onMessage);
          done(new ClientSwarm(worker));
        } else if (m.type === 'error') fail(new Error(`client swarm: ${m.message}`));
      };
      worker.on('message', onMessage);
      worker.once('error', fail);
    });
  }

  /** All clients' receipt times for `key`; rejects after timeoutMs. */
  expect(key: string, timeoutMs = 20_000): Promise<number[]> {
    const got = this.early.get(key);
    if (got) {
      this.early.delete(key);
      return Promise.resolve(got);
    }
    return new Promise((done, fail) => {
      const timer = setTimeout(() => {
        this.waiting.delete(key);
        fail(new Error(`not every client got ${key} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(key, (times) => {
        clearTimeout(timer);
        done(times);
      });
    });
  }

  /** Keys completed so far that nobody awaited (fire-and-forget senders collect them here). */
  takeCompleted(): Map<string, number[]> {
    const out = new Map(this.early);
    this.early.clear();
    return out;
  }

  flush(): Promise<{ key: string; times: number[] }[]> {
    return new Promise((done) => {
      this.flushed = done;
      this.worker.postMessage({ type: 'flush' });
    });
  }

  async close(): Promise<void> {
    this.worker.postMessage({ type: 'close' });
    await new Promise((r) => setTimeout(r, 200));
    await this.worker.terminate();
  }
}
