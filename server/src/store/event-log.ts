/**
 * The append-only event log. seq is assigned by the caller inside the batch's IMMEDIATE
 * transaction (gapless: no two writers race for it). Each event's tickets go to the ticket
 * index (event_log_tickets) in the same transaction, so a ticket's history is one lookup.
 */
import { MANUAL_ACTIONS, MANUAL_ISSUE_CHANNELS, type StaffQueueEvent } from '@lobby/shared';
import type { Db } from './database.ts';

export interface AuditEventFilter {
  from: string;
  to: string;
  actorId?: string | undefined;
  action?: string | undefined;
  /** Only rows a person did with a reason, or that changed the configuration. */
  manualOnly: boolean;
  limit: number;
}

interface Row {
  seq: number;
  payload: string;
}

const toEvent = (r: Row): StaffQueueEvent => ({
  ...(JSON.parse(r.payload) as Omit<StaffQueueEvent, 'seq'>),
  seq: r.seq,
});

export class EventLog {
  private readonly insert;
  private readonly insertTicket;
  private readonly selectSince;
  private readonly countSince;
  private readonly selectMax;
  private readonly selectForTicket;

  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;

    this.insert = db.prepare(
      'INSERT INTO event_log (seq, business_date, type, at, actor_id, reason, payload) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertTicket = db.prepare('INSERT OR IGNORE INTO event_log_tickets (ticket_id, seq) VALUES (?, ?)');
    this.selectSince = db.prepare('SELECT seq, payload FROM event_log WHERE seq > ? ORDER BY seq LIMIT ?');
    this.countSince = db.prepare('SELECT COUNT(*) AS n FROM event_log WHERE seq > ?');
    this.selectMax = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM event_log');
    this.selectForTicket = db.prepare(
      `SELECT e.seq, e.payload FROM event_log_tickets t JOIN event_log e ON e.seq = t.seq
       WHERE t.ticket_id = ? ORDER BY e.seq`,
    );
  }

  lastSeq(): number {
    return (this.selectMax.get() as { seq: number }).seq;
  }

  append(event: StaffQueueEvent): void {
    const { seq, ...payload } = event;
    this.insert.run(
      seq,
      event.businessDate,
      event.type,
      event.at,
      event.actorId,
      event.reason,
      JSON.stringify(payload),
    );
    if (event.ticket) this.insertTicket.run(event.ticket.id, seq);
    for (const t of event.tickets ?? []) this.insertTicket.run(t.id, seq);
  }

  countAfter(seq: number): number {
    return (this.countSince.get(seq) as { n: number }).n;
  }

  after(seq: number, limit: number): StaffQueueEvent[] {
    return (this.selectSince.all(seq, limit) as Row[]).map(toEvent);
  }

  /** Every event that touched the ticket, oldest first. */
  forTicket(ticketId: string): StaffQueueEvent[] {
    return (this.selectForTicket.all(ticketId) as Row[]).map(toEvent);
  }

  /** Events of some types between two business dates (inclusive), oldest first. */
  ofTypesBetween(from: string, to: string, types: readonly string[]): StaffQueueEvent[] {
    if (types.length === 0) return [];
    return (
      this.db
        .prepare(
          `SELECT seq, payload FROM event_log WHERE business_date BETWEEN ? AND ?
           AND type IN (${types.map(() => '?').join(', ')}) ORDER BY seq`,
        )
        .all(from, to, ...types) as Row[]
    ).map(toEvent);
  }

  /** The audit viewer's event rows, newest first. */
  audit(filter: AuditEventFilter): StaffQueueEvent[] {
    return (
      this.db
        .prepare(
          `SELECT seq, payload FROM event_log
           WHERE business_date BETWEEN @from AND @to
             AND (@actorId IS NULL OR actor_id = @actorId)
             AND (@action IS NULL OR type = @action)
             AND (@manualOnly = 0 OR (actor_id IS NOT NULL AND (
               type IN (SELECT value FROM json_each(@manualTypes))
               OR (type = 'ticket:issued'
                   AND json_extract(payload, '$.ticket.channel') IN (SELECT value FROM json_each(@manualChannels))))))
           ORDER BY seq DESC LIMIT @limit`,
        )
        .all({
          from: filter.from,
          to: filter.to,
          actorId: filter.actorId ?? null,
          action: filter.action ?? null,
          manualOnly: filter.manualOnly ? 1 : 0,
          // One classification of actions, in shared (what the viewer calls 仅人工操作).
          manualTypes: JSON.stringify(MANUAL_ACTIONS),
          manualChannels: JSON.stringify(MANUAL_ISSUE_CHANNELS),
          limit: filter.limit,
        }) as Row[]
    ).map(toEvent);
  }
}
