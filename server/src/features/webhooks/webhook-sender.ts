import { createHmac } from 'node:crypto';
import type { Logger } from 'pino';
import { nextAttemptAt, WEBHOOK_RETRIES } from '../../messaging/retry-schedule.ts';
import type { BranchStore } from '../../store/branch-store.ts';

/**
 * Delivers the webhook outbox: per endpoint, oldest seq first, one at a time (a failing head
 * holds its endpoint's later events back, so they arrive in order), at least once, retried
 * with backoff, dead-lettered after the last try. Headers: the event type, the idempotency
 * key (`<branch>:<seq>`), and `X-Lobby-Signature: t=<ms>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
 */
export const SIGNATURE_HEADER = 'x-lobby-signature';
const TIMEOUT_MS = 10_000;

export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export class WebhookSender {
  private running: Promise<void> | null = null;
  private readonly abort = new AbortController();

  private readonly store: BranchStore;
  private readonly branchId: () => string;
  private readonly clock: () => number;
  private readonly logger: Logger;
  private readonly fetchImpl: typeof fetch;

  constructor(
    store: BranchStore,
    branchId: () => string,
    clock: () => number,
    logger: Logger,
    fetchImpl: typeof fetch = fetch,
  ) {
    this.store = store;
    this.branchId = branchId;
    this.clock = clock;
    this.logger = logger;
    this.fetchImpl = fetchImpl;
  }

  tick(): Promise<void> {
    if (this.running) return this.running;
    const due = this.store.webhooks.due(this.clock());
    if (due.length === 0) return Promise.resolve();
    this.running = Promise.all(due.map((d) => this.deliver(d)))
      .then(() => undefined)
      .catch((err: unknown) => this.logger.error({ err }, 'webhook sender failed'))
      .finally(() => (this.running = null));
    return this.running;
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.running;
  }

  private async deliver(d: ReturnType<BranchStore['webhooks']['due']>[number]): Promise<void> {
    const endpoint = this.store.webhooks.endpoint(d.endpointId);
    if (!endpoint) return;
    const timestamp = String(this.clock());
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await this.fetchImpl(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-lobby-event': d.type,
          'idempotency-key': `${this.branchId()}:${d.seq}`,
          [SIGNATURE_HEADER]: webhookSignature(endpoint.secret, timestamp, d.payload),
        },
        body: d.payload,
        redirect: 'error',
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(TIMEOUT_MS)]),
      });
      status = res.status;
      await res.body?.cancel().catch(() => undefined);
      if (!res.ok) error = `answered ${res.status}`;
    } catch (err) {
      error = `no answer: ${err instanceof Error ? err.message : String(err)}`;
    }
    if (this.abort.signal.aborted) return;
    const now = this.clock();
    if (error === null) {
      this.store.webhooks.markDelivered(d.id, status ?? 200, now);
      return;
    }
    const retryAt = nextAttemptAt(WEBHOOK_RETRIES, d.attempts + 1, now);
    this.store.webhooks.markFailed(d.id, status, error, retryAt);
    this.logger.warn({ deliveryId: d.id, seq: d.seq, error, retryAt }, 'webhook not delivered');
  }
}
