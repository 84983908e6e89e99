import type { Db } from './database.ts';

/** Which phone number (its HMAC) took a phone ticket: the per-phone daily limit, the kiosk's lookup by number. */
export class TicketPhoneStore {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  link(ticketId: string, businessDate: string, phoneHash: string, now: number): void {
    this.db
      .prepare('INSERT INTO ticket_phones (ticket_id, business_date, phone_hash, created_at) VALUES (?, ?, ?, ?)')
      .run(ticketId, businessDate, phoneHash, now);
  }

  ticketsOf(phoneHash: string, businessDate: string): string[] {
    return (
      this.db
        .prepare(
          'SELECT ticket_id AS id FROM ticket_phones WHERE phone_hash = ? AND business_date = ? ORDER BY created_at',
        )
        .all(phoneHash, businessDate) as { id: string }[]
    ).map((r) => r.id);
  }

  purgeOlderThan(cutoff: number): number {
    return this.db.prepare('DELETE FROM ticket_phones WHERE created_at < ?').run(cutoff).changes;
  }
}
