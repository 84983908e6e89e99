import type { WebhookDeliveryStatus, WebhookDeliveryView, WebhookEndpointView, WebhookEventType } from '@lobby/shared';
import type { Db } from './database.ts';

/** A webhook endpoint with its signing secret (never in a view after it was first shown). */
export interface WebhookEndpoint extends WebhookEndpointView {
  secret: string;
}

export interface PendingDelivery {
  id: number;
  endpointId: string;
  seq: number;
  type: string;
  payload: string;
  attempts: number;
  nextAttemptAt: number;
}

interface EndpointRow {
  id: string;
  url: string;
  secret: string;
  events: string;
  enabled: number;
  description: string;
  created_at: number;
}

interface DeliveryRow {
  id: number;
  endpoint_id: string;
  seq: number;
  type: string;
  payload: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  next_attempt_at: number;
  last_status: number | null;
  last_error: string | null;
  created_at: number;
  delivered_at: number | null;
}

const toEndpoint = (r: EndpointRow): WebhookEndpoint => ({
  id: r.id,
  url: r.url,
  secret: r.secret,
  events: JSON.parse(r.events) as WebhookEventType[],
  enabled: r.enabled === 1,
  description: r.description,
  createdAt: r.created_at,
});

/** Webhook endpoints and their outbox (migration 072). */
export class WebhookStore {
  private readonly insertDelivery;
  private endpointsCache: WebhookEndpoint[] | null = null;

  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;

    this.insertDelivery = db.prepare(
      `INSERT INTO webhook_deliveries (endpoint_id, seq, type, payload, status, attempts, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, 'pending', 0, ?, ?) ON CONFLICT (endpoint_id, seq) DO NOTHING`,
    );
  }

  /** Every endpoint; cached, as the outbox asks on every committed batch. */
  endpoints(): WebhookEndpoint[] {
    this.endpointsCache ??= (
      this.db.prepare('SELECT * FROM webhook_endpoints ORDER BY created_at').all() as EndpointRow[]
    ).map(toEndpoint);
    return this.endpointsCache;
  }

  endpoint(id: string): WebhookEndpoint | null {
    return this.endpoints().find((e) => e.id === id) ?? null;
  }

  createEndpoint(e: WebhookEndpoint): void {
    this.db
      .prepare(
        'INSERT INTO webhook_endpoints (id, url, secret, events, enabled, description, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(e.id, e.url, e.secret, JSON.stringify(e.events), e.enabled ? 1 : 0, e.description, e.createdAt);
    this.endpointsCache = null;
  }

  updateEndpoint(e: WebhookEndpoint): void {
    this.db
      .prepare(
        'UPDATE webhook_endpoints SET url = ?, secret = ?, events = ?, enabled = ?, description = ? WHERE id = ?',
      )
      .run(e.url, e.secret, JSON.stringify(e.events), e.enabled ? 1 : 0, e.description, e.id);
    this.endpointsCache = null;
  }

  deleteEndpoint(id: string): boolean {
    const n = this.db.prepare('DELETE FROM webhook_endpoints WHERE id = ?').run(id).changes;
    this.endpointsCache = null;
    return n === 1;
  }

  /** Inside the event's transaction: one outbox row per endpoint that wants it. */
  enqueue(endpointId: string, seq: number, type: string, payload: string, now: number): void {
    this.insertDelivery.run(endpointId, seq, type, payload, now, now);
  }

  /** Per enabled endpoint, its oldest pending delivery if due (deliveries go in seq order). */
  due(now: number): PendingDelivery[] {
    const out: PendingDelivery[] = [];
    const head = this.db.prepare(
      "SELECT * FROM webhook_deliveries WHERE endpoint_id = ? AND status = 'pending' ORDER BY seq LIMIT 1",
    );
    for (const e of this.endpoints()) {
      if (!e.enabled) continue;
      const r = head.get(e.id) as DeliveryRow | undefined;
      if (r && r.next_attempt_at <= now)
        out.push({
          id: r.id,
          endpointId: r.endpoint_id,
          seq: r.seq,
          type: r.type,
          payload: r.payload,
          attempts: r.attempts,
          nextAttemptAt: r.next_attempt_at,
        });
    }
    return out;
  }

  markDelivered(id: number, status: number, now: number): void {
    this.db
      .prepare(
        "UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, last_status = ?, last_error = NULL, delivered_at = ? WHERE id = ?",
      )
      .run(status, now, id);
  }

  /** A failed attempt: retry at `retryAt`, or dead-letter it (null). */
  markFailed(id: number, status: number | null, error: string, retryAt: number | null): void {
    this.db
      .prepare(
        `UPDATE webhook_deliveries SET attempts = attempts + 1, last_status = ?, last_error = ?,
           status = CASE WHEN ? IS NULL THEN 'dead' ELSE status END, next_attempt_at = COALESCE(?, next_attempt_at)
         WHERE id = ?`,
      )
      .run(status, error.slice(0, 300), retryAt, retryAt, id);
  }

  /** The admin retries a dead delivery: pending again, due now, with a fresh count of attempts. */
  retry(id: number, now: number): boolean {
    return (
      this.db
        .prepare(
          "UPDATE webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = ?, last_error = NULL WHERE id = ? AND status = 'dead'",
        )
        .run(now, id).changes === 1
    );
  }

  list(status: WebhookDeliveryStatus, limit: number): WebhookDeliveryView[] {
    return (
      this.db
        .prepare('SELECT * FROM webhook_deliveries WHERE status = ? ORDER BY id DESC LIMIT ?')
        .all(status, limit) as DeliveryRow[]
    ).map(toDeliveryView);
  }

  delivery(id: number): WebhookDeliveryView | null {
    const r = this.db.prepare('SELECT * FROM webhook_deliveries WHERE id = ?').get(id) as DeliveryRow | undefined;
    return r ? toDeliveryView(r) : null;
  }

  /** Retention: delivered rows; dead and pending ones stay until someone looks at them. */
  purgeDelivered(before: number): number {
    return this.db.prepare("DELETE FROM webhook_deliveries WHERE status = 'delivered' AND created_at < ?").run(before)
      .changes;
  }
}

function toDeliveryView(r: DeliveryRow): WebhookDeliveryView {
  return {
    id: r.id,
    endpointId: r.endpoint_id,
    seq: r.seq,
    type: r.type,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastStatus: r.last_status,
    lastError: r.last_error,
    createdAt: r.created_at,
    deliveredAt: r.delivered_at,
  };
}
