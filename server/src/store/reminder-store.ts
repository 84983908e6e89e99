import type { UiLanguage } from '@lobby/shared';
import type { Db } from './database.ts';

export type ReminderChannel = 'sms' | 'push';

/** Where a ticket's reminders go (sealed phone number or push subscription), and which were sent. */
export interface ReminderTarget {
  ticketId: string;
  channel: ReminderChannel;
  targetSealed: string;
  lang: UiLanguage;
  createdAt: number;
  nearSentAt: number | null;
  calledSentAt: number | null;
}

interface Row {
  ticket_id: string;
  channel: ReminderChannel;
  target_enc: string;
  lang: UiLanguage;
  created_at: number;
  near_sent_at: number | null;
  called_sent_at: number | null;
}

const toTarget = (r: Row): ReminderTarget => ({
  ticketId: r.ticket_id,
  channel: r.channel,
  targetSealed: r.target_enc,
  lang: r.lang,
  createdAt: r.created_at,
  nearSentAt: r.near_sent_at,
  calledSentAt: r.called_sent_at,
});

export class ReminderStore {
  private readonly selectAll;

  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;

    this.selectAll = db.prepare('SELECT * FROM reminder_targets');
  }

  /** One target per ticket and channel: a second push subscription replaces the first. */
  put(t: Omit<ReminderTarget, 'nearSentAt' | 'calledSentAt'>): void {
    this.db
      .prepare(
        `INSERT INTO reminder_targets (ticket_id, channel, target_enc, lang, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (ticket_id, channel) DO UPDATE SET target_enc = excluded.target_enc, lang = excluded.lang`,
      )
      .run(t.ticketId, t.channel, t.targetSealed, t.lang, t.createdAt);
  }

  remove(ticketId: string, channel: ReminderChannel): boolean {
    return (
      this.db.prepare('DELETE FROM reminder_targets WHERE ticket_id = ? AND channel = ?').run(ticketId, channel)
        .changes === 1
    );
  }

  /** Every target: they exist only for open tickets, so they are few. */
  all(): ReminderTarget[] {
    return (this.selectAll.all() as Row[]).map(toTarget);
  }

  has(ticketId: string, channel: ReminderChannel): boolean {
    return (
      this.db.prepare('SELECT 1 FROM reminder_targets WHERE ticket_id = ? AND channel = ?').get(ticketId, channel) !==
      undefined
    );
  }

  markSent(ticketId: string, channel: ReminderChannel, what: 'near' | 'called', at: number): void {
    const column = what === 'near' ? 'near_sent_at' : 'called_sent_at';
    this.db
      .prepare(`UPDATE reminder_targets SET ${column} = ? WHERE ticket_id = ? AND channel = ?`)
      .run(at, ticketId, channel);
  }

  /** The ticket ended: its reminders' addresses are no longer needed. */
  forget(ticketIds: readonly string[]): number {
    let n = 0;
    const del = this.db.prepare('DELETE FROM reminder_targets WHERE ticket_id = ?');
    for (const id of ticketIds) n += del.run(id).changes;
    return n;
  }

  /** Retention: whatever a crash left behind. */
  purgeOlderThan(cutoff: number): number {
    return this.db.prepare('DELETE FROM reminder_targets WHERE created_at < ?').run(cutoff).changes;
  }
}
