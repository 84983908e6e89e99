import type { Logger } from 'pino';
import type { BranchStore } from '../store/branch-store.ts';
import type { Messaging } from './messaging.ts';
import { MESSAGE_RETRIES, nextAttemptAt } from './retry-schedule.ts';

/**
 * Sends the queued text messages, oldest first, one at a time, from the tick: a message is
 * marked sent only after the gateway accepted it (at least once; the message id is the
 * gateway's idempotency key), retried with backoff, given up after the last try. While no
 * gateway is set up, messages wait (a code expires long before anyone would miss it).
 */
const BATCH = 20;

export class MessagePump {
  private running: Promise<void> | null = null;
  private readonly abort = new AbortController();

  private readonly store: BranchStore;
  private readonly messaging: Messaging;
  private readonly clock: () => number;
  private readonly logger: Logger;

  constructor(store: BranchStore, messaging: Messaging, clock: () => number, logger: Logger) {
    this.store = store;
    this.messaging = messaging;
    this.clock = clock;
    this.logger = logger;
  }

  /** Cheap when nothing is due (one indexed query); never two runs at once. */
  tick(): Promise<void> {
    if (this.running) return this.running;
    const due = this.store.messages.nextDueAt();
    if (due === null || due > this.clock()) return Promise.resolve();
    this.running = this.drain()
      .catch((err: unknown) => this.logger.error({ err }, 'message pump failed'))
      .finally(() => (this.running = null));
    return this.running;
  }

  /** Stops sending and waits for a send in flight to give up (before the database closes). */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.running;
  }

  private async drain(): Promise<void> {
    const gateway = this.messaging.gateway();
    if (!gateway) return;
    for (const m of this.store.messages.due(this.clock(), BATCH)) {
      if (this.abort.signal.aborted) return;
      const to = this.store.vault.open(m.phoneSealed);
      if (to === null) {
        this.store.messages.markFailed(m.id, 'number unreadable', null);
        continue;
      }
      const result = await gateway.send(
        { id: `msg-${m.id}`, kind: m.kind, to, text: m.text, params: m.params, lang: m.lang },
        this.abort.signal,
      );
      if (this.abort.signal.aborted) return;
      const now = this.clock();
      if (result.ok) {
        this.store.messages.markSent(m.id, now);
      } else {
        const retryAt = result.retry ? nextAttemptAt(MESSAGE_RETRIES, m.attempts + 1, now) : null;
        this.store.messages.markFailed(m.id, result.error, retryAt);
        this.logger.warn({ messageId: m.id, kind: m.kind, error: result.error, retryAt }, 'text message not delivered');
      }
    }
  }
}
