import type { Db } from './database.ts';
import type { Complaint, ComplaintHistoryEntry } from '@lobby/shared';

/** Complaint rows ⇄ objects, and the append-only handling ledger. */
const COLUMNS: Record<keyof Complaint, string> = {
  id: 'id',
  receivedAt: 'received_at',
  receivedDate: 'received_date',
  source: 'source',
  category: 'category',
  severity: 'severity',
  status: 'status',
  summary: 'summary',
  demand: 'demand',
  contactName: 'contact_name',
  contactPhone: 'contact_phone',
  ticketId: 'ticket_id',
  counterId: 'counter_id',
  tellerId: 'teller_id',
  ownerId: 'owner_id',
  firstResponseDue: 'first_response_due',
  handlingDue: 'handling_due',
  writtenResultDue: 'written_result_due',
  respondedAt: 'responded_at',
  resolvedAt: 'resolved_at',
  writtenResultAt: 'written_result_at',
  verifiedAt: 'verified_at',
  closedAt: 'closed_at',
  resolution: 'resolution',
  contactPurgedAt: 'contact_purged_at',
};
const KEYS = Object.keys(COLUMNS) as (keyof Complaint)[];

function fromRow(row: Record<string, unknown>): Complaint {
  const c: Record<string, unknown> = {};
  for (const k of KEYS) c[k] = row[COLUMNS[k]];
  return c as unknown as Complaint;
}

export class ComplaintStore {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  insert(c: Complaint): void {
    this.db
      .prepare(
        `INSERT INTO complaints (${KEYS.map((k) => COLUMNS[k]).join(', ')}) VALUES (${KEYS.map((k) => `@${k}`).join(', ')})`,
      )
      .run(c);
  }

  update(c: Complaint): void {
    this.db
      .prepare(
        `UPDATE complaints SET ${KEYS.filter((k) => k !== 'id')
          .map((k) => `${COLUMNS[k]} = @${k}`)
          .join(', ')} WHERE id = @id`,
      )
      .run(c);
  }

  byId(id: string): Complaint | null {
    const row = this.db.prepare('SELECT * FROM complaints WHERE id = ?').get(id) as Record<string, unknown> | undefined;
    return row ? fromRow(row) : null;
  }

  list(filter: { status?: string; fromMs?: number; toMs?: number }): Complaint[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM complaints WHERE (@status IS NULL OR status = @status) AND received_at >= @fromMs AND received_at < @toMs ORDER BY received_at DESC`,
      )
      .all({
        status: filter.status ?? null,
        fromMs: filter.fromMs ?? 0,
        toMs: filter.toMs ?? Number.MAX_SAFE_INTEGER,
      }) as Record<string, unknown>[];
    return rows.map(fromRow);
  }

  notClosed(): Complaint[] {
    return (
      this.db.prepare("SELECT * FROM complaints WHERE status <> 'closed'").all() as Record<string, unknown>[]
    ).map(fromRow);
  }

  addHistory(e: Omit<ComplaintHistoryEntry, 'id'>): void {
    this.db
      .prepare('INSERT INTO complaint_history (complaint_id, at, actor_id, action, note) VALUES (?, ?, ?, ?, ?)')
      .run(e.complaintId, e.at, e.actorId, e.action, e.note);
  }

  history(complaintId: string): ComplaintHistoryEntry[] {
    return (
      this.db
        .prepare(
          'SELECT id, complaint_id, at, actor_id, action, note FROM complaint_history WHERE complaint_id = ? ORDER BY id',
        )
        .all(complaintId) as {
        id: number;
        complaint_id: string;
        at: number;
        actor_id: string;
        action: string;
        note: string;
      }[]
    ).map((r) => ({
      id: r.id,
      complaintId: r.complaint_id,
      at: r.at,
      actorId: r.actor_id,
      action: r.action,
      note: r.note,
    }));
  }

  /** Retention: contact details of complaints received before the cut-off; the rest stays. */
  purgeContacts(receivedBefore: number, now: number): number {
    return this.db
      .prepare(
        'UPDATE complaints SET contact_name = NULL, contact_phone = NULL, contact_purged_at = ? WHERE received_at < ? AND contact_purged_at IS NULL',
      )
      .run(now, receivedBefore).changes;
  }

  /** Complaints against each teller received between two business dates (inclusive). */
  countByTeller(fromDate: string, toDate: string): Record<string, number> {
    const rows = this.db
      .prepare(
        'SELECT teller_id, COUNT(*) AS n FROM complaints WHERE teller_id IS NOT NULL AND received_date BETWEEN ? AND ? GROUP BY teller_id',
      )
      .all(fromDate, toDate) as { teller_id: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.teller_id, r.n]));
  }
}
