import type { Db } from './database.ts';

/** Tickets of past business dates, for the wait forecast's profile of recent days (features/estimates). */
export class ArrivalHistory {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /**
   * Issue time and lane of every ticket dated in [from, to] (YYYY-MM-DD, inclusive), and for a
   * served one (done) its first call and its finish.
   */
  issuedBetween(
    from: string,
    to: string,
  ): { businessDate: string; laneId: string; issuedAt: number; calledAt: number | null; finishedAt: number | null }[] {
    return this.db
      .prepare(
        `SELECT business_date AS businessDate, lane_id AS laneId, issued_at AS issuedAt,
           CASE WHEN json_extract(data, '$.status') = 'done'
             THEN coalesce(json_extract(data, '$.firstCalledAt'), json_extract(data, '$.calledAt')) END AS calledAt,
           CASE WHEN json_extract(data, '$.status') = 'done' THEN json_extract(data, '$.finishedAt') END AS finishedAt
         FROM tickets WHERE business_date BETWEEN ? AND ? ORDER BY business_date, issued_at`,
      )
      .all(from, to) as {
      businessDate: string;
      laneId: string;
      issuedAt: number;
      calledAt: number | null;
      finishedAt: number | null;
    }[];
  }
}
