import type { MessageKind, OutgoingMessageView, UiLanguage } from '@lobby/shared';
import type { Db } from './database.ts';

/**
 * Outgoing text messages (migration 071): queued in the transaction that decided them, sent
 * by the message pump, at least once. Once sent or given up, number, text and parameters
 * are cleared: what stays is the delivery log the admin sees.
 */
export interface QueuedMessage {
  kind: MessageKind;
  phoneSealed: string;
  phoneTail: string;
  text: string;
  params: Record<string, string>;
  lang: UiLanguage;
}

export interface DueMessage extends QueuedMessage {
  id: number;
  attempts: number;
}

interface Row {
  id: number;
  kind: MessageKind;
  phone_enc: string | null;
  phone_tail: string | null;
  text: string | null;
  params: string | null;
  lang: UiLanguage;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
}

export class MessageOutbox {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  enqueue(m: QueuedMessage, now: number): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO outgoing_messages (kind, phone_enc, phone_tail, text, params, lang, status, attempts, next_attempt_at, created_at)
           VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)`,
        )
        .run(m.kind, m.phoneSealed, m.phoneTail, m.text, JSON.stringify(m.params), m.lang, now, now).lastInsertRowid,
    );
  }

  due(now: number, limit: number): DueMessage[] {
    const rows = this.db
      .prepare(
        "SELECT * FROM outgoing_messages WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
      )
      .all(now, limit) as Row[];
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      phoneSealed: r.phone_enc ?? '',
      phoneTail: r.phone_tail ?? '',
      text: r.text ?? '',
      params: JSON.parse(r.params ?? '{}') as Record<string, string>,
      lang: r.lang,
      attempts: r.attempts,
    }));
  }

  /** When the next pending message is due, or null when none is. */
  nextDueAt(): number | null {
    const r = this.db
      .prepare("SELECT MIN(next_attempt_at) AS t FROM outgoing_messages WHERE status = 'pending'")
      .get() as { t: number | null };
    return r.t;
  }

  markSent(id: number, now: number): void {
    this.db
      .prepare(
        "UPDATE outgoing_messages SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL, phone_enc = NULL, text = NULL, params = NULL WHERE id = ?",
      )
      .run(now, id);
  }

  /** A failed attempt: retry at `retryAt`, or give up (null) and clear the number. */
  markFailed(id: number, error: string, retryAt: number | null): void {
    if (retryAt === null) {
      this.db
        .prepare(
          "UPDATE outgoing_messages SET status = 'failed', attempts = attempts + 1, last_error = ?, phone_enc = NULL, text = NULL, params = NULL WHERE id = ?",
        )
        .run(error.slice(0, 300), id);
    } else {
      this.db
        .prepare(
          'UPDATE outgoing_messages SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?',
        )
        .run(error.slice(0, 300), retryAt, id);
    }
  }

  recent(limit: number): OutgoingMessageView[] {
    return (this.db.prepare('SELECT * FROM outgoing_messages ORDER BY id DESC LIMIT ?').all(limit) as Row[]).map(
      (r) => ({
        id: r.id,
        kind: r.kind,
        phoneTail: r.phone_tail,
        status: r.status,
        attempts: r.attempts,
        lastError: r.last_error,
        createdAt: r.created_at,
        sentAt: r.sent_at,
      }),
    );
  }

  /** Retention: the log rows themselves, tail included. */
  purgeOlderThan(cutoff: number): number {
    return this.db.prepare("DELETE FROM outgoing_messages WHERE created_at < ? AND status <> 'pending'").run(cutoff)
      .changes;
  }
}
