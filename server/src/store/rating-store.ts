import type { Db } from './database.ts';

export interface RatingRecord {
  ticketId: string;
  businessDate: string;
  counterId: string;
  tellerId: string | null;
  deviceId: string;
  attitude: number;
  efficiency: number;
  /** Ids from ratingReasons, picked after a low score; [] when none. */
  reasons: string[];
  ratedAt: number;
}

/** The columns of a rating row, in one place for every query that reads whole ratings. */
const RATING_COLUMNS = [
  'ticket_id',
  'business_date',
  'counter_id',
  'teller_id',
  'device_id',
  'attitude',
  'efficiency',
  'reasons',
  'rated_at',
] as const;

interface RatingRow {
  ticket_id: string;
  business_date: string;
  counter_id: string;
  teller_id: string | null;
  device_id: string;
  attitude: number;
  efficiency: number;
  reasons: string;
  rated_at: number;
}

function toRecord(r: RatingRow): RatingRecord {
  return {
    ticketId: r.ticket_id,
    businessDate: r.business_date,
    counterId: r.counter_id,
    tellerId: r.teller_id,
    deviceId: r.device_id,
    attitude: r.attitude,
    efficiency: r.efficiency,
    reasons: JSON.parse(r.reasons) as string[],
    ratedAt: r.rated_at,
  };
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
        `INSERT INTO ratings (ticket_id, business_date, counter_id, teller_id, device_id, attitude, efficiency, reasons, rated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        r.ticketId,
        r.businessDate,
        r.counterId,
        r.tellerId,
        r.deviceId,
        r.attitude,
        r.efficiency,
        JSON.stringify(r.reasons),
        r.ratedAt,
      );
  }

  /** Ratings with a 1 or 2 (非常不满意 / 不满意) between two business dates, newest first, with the ticket number. */
  lowBetween(from: string, to: string): (RatingRecord & { number: string | null })[] {
    const rows = this.db
      .prepare(
        `SELECT ${RATING_COLUMNS.map((c) => `r.${c}`).join(', ')}, t.number
         FROM ratings r LEFT JOIN tickets t ON t.id = r.ticket_id
         WHERE r.business_date BETWEEN ? AND ? AND (r.attitude <= 2 OR r.efficiency <= 2)
         ORDER BY r.rated_at DESC LIMIT 500`,
      )
      .all(from, to) as (RatingRow & { number: string | null })[];
    return rows.map((r) => ({ ...toRecord(r), number: r.number }));
  }

  /** Ratings of the tickets of business dates between two dates (inclusive). */
  between(from: string, to: string): RatingRecord[] {
    const rows = this.db
      .prepare(`SELECT ${RATING_COLUMNS.join(', ')} FROM ratings WHERE business_date BETWEEN ? AND ?`)
      .all(from, to) as RatingRow[];
    return rows.map(toRecord);
  }
}
