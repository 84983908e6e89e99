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
  constructor(private readonly db: Db) {}

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
}
