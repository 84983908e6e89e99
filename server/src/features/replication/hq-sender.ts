/**
 * The background sender: reads the outbox in seq order and posts batches to head office,
 * at least once. It starts (and restarts after any failure) with a hello that tells it where
 * head office stands, so it resumes right after the last fact head office holds even when an
 * ack was lost. Failures back off exponentially with jitter; it never blocks the branch.
 */
import {
  GENESIS_HASH,
  type HqBacklog,
  type HqIngestAck,
  type HqIngestBatch,
  type HqReplicationHead,
} from '@lobby/shared';
import type { Logger } from 'pino';
import type { HqClient, HqResponse } from './hq-client.ts';
import type { OutboxStore } from '../../store/replication-outbox-store.ts';

export interface SenderOptions {
  branchId: () => string;
  batchFacts: number;
  batchBytes: number;
  backoffMinMs: number;
  backoffMaxMs: number;
  /** A hello at least this often while idle: head office's "last heard", and catalogue news. */
  heartbeatMs: number;
  /** How much is waiting (sent with every batch and hello). */
  backlog: () => HqBacklog;
  onCatalogueVersion: (version: number) => void;
  /** After each successful exchange (report pending catalogue decisions). */
  afterExchange: () => Promise<void>;
}

type HeadAnswer = HqReplicationHead & { catalogueVersion: number | null };

export class HqSender {
  private cursor: number | null = null;
  private running = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private attempt = 0;
  private lastExchangeAt = 0;
  /** How far resume() has had to go back for the current head (see resume). */
  private rewind = 0;
  private acceptGap = false;

  private readonly outbox: OutboxStore;
  private readonly client: HqClient;
  private readonly clock: () => number;
  private readonly logger: Logger;
  private readonly opts: SenderOptions;
  private readonly random: () => number;

  constructor(
    outbox: OutboxStore,
    client: HqClient,
    clock: () => number,
    logger: Logger,
    opts: SenderOptions,
    random: () => number = Math.random,
  ) {
    this.outbox = outbox;
    this.client = client;
    this.clock = clock;
    this.logger = logger;
    this.opts = opts;
    this.random = random;
  }

  /** Something new to send (or a tick): run now unless running or backing off. */
  wake(): void {
    if (this.stopped || this.running || this.timer) return;
    if (this.attempt === 0) this.schedule(0);
  }

  /** Every tick: a heartbeat hello when idle for a while. */
  tick(): void {
    if (this.clock() - this.lastExchangeAt >= this.opts.heartbeatMs) this.wake();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.client.close();
  }

  /** Consecutive failures so far (0 = healthy). */
  get failures(): number {
    return this.attempt;
  }

  /** Delay before the next try: exponential, capped, the upper half jittered. */
  backoffMs(attempt: number): number {
    const base = Math.min(this.opts.backoffMaxMs, this.opts.backoffMinMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(base / 2 + (this.random() * base) / 2);
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, ms);
    this.timer.unref?.();
  }

  private async run(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    try {
      await this.exchange();
      this.attempt = 0;
      // More may have arrived while this exchange ran.
      if (!this.stopped && this.outbox.backlog().pending > 0) this.schedule(0);
    } catch (err) {
      if (this.stopped) return; // the app is closing: the database may be closed already
      this.attempt++;
      const message = err instanceof Error ? err.message : String(err);
      this.outbox.recordError(message.slice(0, 300), this.clock());
      this.cursor = null; // after any failure, ask head office where it stands first
      const delay = this.backoffMs(this.attempt);
      this.logger.warn({ err: message, attempt: this.attempt, retryInMs: delay }, 'head office replication failed');
      if (!this.stopped) this.schedule(delay);
    } finally {
      this.running = false;
    }
  }

  private async exchange(): Promise<void> {
    if (this.cursor === null || this.clock() - this.lastExchangeAt >= this.opts.heartbeatMs) await this.hello();
    for (;;) {
      if (this.stopped) return;
      const rows = this.outbox.after(this.cursor!, this.opts.batchFacts, this.opts.batchBytes);
      if (rows.length === 0) break;
      const batch: HqIngestBatch = {
        branchId: this.opts.branchId(),
        sentAt: this.clock(),
        facts: rows.map((r) => ({ seq: r.seq, prevHash: r.prevHash, hash: r.hash, body: r.body })),
        backlog: this.opts.backlog(),
        acceptGap: this.acceptGap,
      };
      const res = await this.client.post('/ingest', batch);
      if (this.stopped) return;
      this.lastExchangeAt = this.clock();
      if (res.status === 200) {
        const ack = dataOf<HqIngestAck>(res);
        this.outbox.markAcked(ack.throughSeq, this.clock());
        this.cursor = ack.throughSeq;
        this.rewind = 0;
        this.acceptGap = false;
        if (ack.catalogueVersion !== null) this.opts.onCatalogueVersion(ack.catalogueVersion);
        continue;
      }
      const failure = res.body as { code?: string; head?: HqReplicationHead; message?: string } | null;
      if (res.status === 409 && failure?.code === 'REPLICATION_GAP' && failure.head) {
        this.resume(failure.head);
        continue;
      }
      throw new Error(refusal(res));
    }
    await this.opts.afterExchange();
  }

  private async hello(): Promise<void> {
    const res = await this.client.post('/ingest/hello', {
      branchId: this.opts.branchId(),
      backlog: this.opts.backlog(),
    });
    if (res.status !== 200) throw new Error(refusal(res));
    const head = dataOf<HeadAnswer>(res);
    this.lastExchangeAt = this.clock();
    this.outbox.recordOk(this.clock());
    this.resume(head);
    if (head.catalogueVersion !== null) this.opts.onCatalogueVersion(head.catalogueVersion);
  }

  /**
   * Head office holds the chain up to `head`: continue right after it when we hold that fact.
   * Otherwise (we were restored from a backup older than head office's head, or head office
   * lost facts we already pruned) resend from our own ack — head office skips what it has and
   * forks where our history differs — then, if it still does not connect, from the oldest fact
   * we hold, and last with acceptGap, so a permanent hole is recorded instead of a stall.
   */
  private resume(head: HqReplicationHead): void {
    const at = head.headHash === GENESIS_HASH ? 0 : this.outbox.seqOfHash(head.headHash);
    const oldest = this.outbox.oldestSeq();
    if (at !== null && (oldest === null || at >= oldest - 1)) {
      if (at > 0) this.outbox.markAcked(at, this.clock());
      this.cursor = at;
      this.rewind = 0;
      return;
    }
    const floor = (oldest ?? 1) - 1;
    const own = Math.max(this.outbox.state().ackedSeq, floor);
    this.rewind++;
    this.cursor = this.rewind === 1 ? own : floor;
    this.acceptGap = this.rewind >= 3 || (this.rewind === 2 && own === floor);
  }
}

function dataOf<T>(res: HqResponse): T {
  const body = res.body as { ok?: boolean; data?: T } | null;
  if (!body?.ok || body.data === undefined) throw new Error('head office answered without data');
  return body.data;
}

function refusal(res: HqResponse): string {
  const body = res.body as { code?: string; message?: string } | null;
  if (res.status === 401 || res.status === 403) return `head office refused the branch key (${res.status})`;
  return `head office answered ${res.status}${body?.code ? ` ${body.code}` : ''}${body?.message ? `: ${body.message}` : ''}`;
}
