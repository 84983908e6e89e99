import type { Db } from './database.ts';

export interface RatingRecord {
  ticketId: string;
  businessDate: string;
  counterId: string;
  tellerId: string | null;
  deviceId: string;
  attitude: number;
  efficiency: number;
  ratedAt: number;
}

/** One rating per ticket; tickets without a row are "unrated". */
export class RatingStore {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  exists(ticketId: string): boolean {
    return this.db.prepare('SELECT 1 FROM ratings WHERE ticket_id = ?').get(ticketId) !== undefined;
  }

  insert(r: RatingRecord): void {
    this.db
      .prepare(
        `INSERT INTO ratings (ticket_id, business_date, counter_id, teller_id, device_id, attitude, efficiency, rated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(r.ticketId, r.businessDate, r.counterId, r.tellerId, r.deviceId, r.attitude, r.efficiency, r.ratedAt);
  }

  /** Ratings of the tickets of business dates between two dates (inclusive). */
  between(from: string, to: string): RatingRecord[] {
    return (
      this.db
        .prepare(
          `SELECT ticket_id, business_date, counter_id, teller_id, device_id, attitude, efficiency, rated_at
           FROM ratings WHERE business_date BETWEEN ? AND ?`,
        )
        .all(from, to) as {
        ticket_id: string;
        business_date: string;
        counter_id: string;
        teller_id: string | null;
        device_id: string;
        attitude: number;
        efficiency: number;
        rated_at: number;
      }[]
    ).map((r) => ({
      ticketId: r.ticket_id,
      businessDate: r.business_date,
      counterId: r.counter_id,
      tellerId: r.teller_id,
      deviceId: r.device_id,
      attitude: r.attitude,
      efficiency: r.efficiency,
      ratedAt: r.rated_at,
    }));
  }
}
