import type { Db } from './database.ts';

/** Tickets of past business dates, for the wait forecast's arrival profile (features/estimates). */
export class ArrivalHistory {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** Issue time and lane of every ticket dated in [from, to] (YYYY-MM-DD, inclusive). */
  issuedBetween(from: string, to: string): { businessDate: string; laneId: string; issuedAt: number }[] {
    return this.db
      .prepare(
        `SELECT business_date AS businessDate, lane_id AS laneId, issued_at AS issuedAt
         FROM tickets WHERE business_date BETWEEN ? AND ? ORDER BY business_date, issued_at`,
      )
      .all(from, to) as { businessDate: string; laneId: string; issuedAt: number }[];
  }
}
