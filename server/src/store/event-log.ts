import type { StaffQueueEvent } from '@lobby/shared';
import type { Db } from './database.ts';

/**
 * The append-only event log. seq is assigned here, gapless (max + 1 inside the
 * command's IMMEDIATE transaction, so no two writers race for it).
 */
export class EventLog {
  private readonly insert;
  private readonly selectSince;
  private readonly countSince;
  private readonly selectMax;

  constructor(db: Db) {
    this.insert = db.prepare(
      'INSERT INTO event_log (seq, business_date, type, at, actor_id, reason, payload) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.selectSince = db.prepare('SELECT seq, payload FROM event_log WHERE seq > ? ORDER BY seq LIMIT ?');
    this.countSince = db.prepare('SELECT COUNT(*) AS n FROM event_log WHERE seq > ?');
    this.selectMax = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM event_log');
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
  }

  countAfter(seq: number): number {
    return (this.countSince.get(seq) as { n: number }).n;
  }

  after(seq: number, limit: number): StaffQueueEvent[] {
    return (this.selectSince.all(seq, limit) as { seq: number; payload: string }[]).map((r) => ({
      ...(JSON.parse(r.payload) as Omit<StaffQueueEvent, 'seq'>),
      seq: r.seq,
    }));
  }
}
