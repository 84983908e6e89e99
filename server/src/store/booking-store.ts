import type { BookingChannel, BookingStaffView, BookingStatus, Punctuality, UiLanguage } from '@lobby/shared';
import type { Db } from './database.ts';

/** A booking as stored: the staff view plus what only the server keeps (page token, phone HMAC and sealed copy). */
export interface BookingRecord extends BookingStaffView {
  token: string;
  lang: UiLanguage;
  phoneHash: string | null;
  /** Sealed phone number, while a message may still have to reach it (see CustomerVault). */
  phoneSealed: string | null;
}

interface Row {
  id: string;
  code: string;
  token: string;
  business_date: string;
  business_type_id: string;
  slot_start: number;
  slot_end: number;
  status: BookingStatus;
  channel: BookingChannel;
  lang: UiLanguage;
  phone_hash: string | null;
  phone_tail: string | null;
  phone_enc: string | null;
  created_at: number;
  cancelled_at: number | null;
  checked_in_at: number | null;
  ticket_id: string | null;
  punctuality: Punctuality | null;
}

function toRecord(r: Row): BookingRecord {
  return {
    id: r.id,
    code: r.code,
    token: r.token,
    businessDate: r.business_date,
    businessTypeId: r.business_type_id,
    slotStart: r.slot_start,
    slotEnd: r.slot_end,
    status: r.status,
    channel: r.channel,
    lang: r.lang,
    phoneHash: r.phone_hash,
    phoneTail: r.phone_tail,
    phoneSealed: r.phone_enc,
    createdAt: r.created_at,
    cancelledAt: r.cancelled_at,
    checkedInAt: r.checked_in_at,
    ticketId: r.ticket_id,
    punctuality: r.punctuality,
  };
}

/** What staff, integrators and webhooks may see of a booking. */
export function toBookingStaffView(b: BookingRecord): BookingStaffView {
  const { token: _t, lang: _l, phoneHash: _h, phoneSealed: _s, ...view } = b;
  return view;
}

export type BookingChange = Partial<
  Pick<BookingRecord, 'status' | 'cancelledAt' | 'checkedInAt' | 'ticketId' | 'punctuality' | 'phoneSealed'>
>;

const COLUMNS: Record<keyof BookingChange, string> = {
  status: 'status',
  cancelledAt: 'cancelled_at',
  checkedInAt: 'checked_in_at',
  ticketId: 'ticket_id',
  punctuality: 'punctuality',
  phoneSealed: 'phone_enc',
};

/** Bookings (migration 070). Writes happen inside the QueueService batch that decides them. */
export class BookingStore {
  private readonly insertRow;
  private readonly countSlot;

  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;

    this.insertRow = db.prepare(`INSERT INTO bookings
      (id, code, token, business_date, business_type_id, slot_start, slot_end, status, channel, lang,
       phone_hash, phone_tail, phone_enc, created_at, cancelled_at, checked_in_at, ticket_id, punctuality)
      VALUES (@id, @code, @token, @businessDate, @businessTypeId, @slotStart, @slotEnd, @status, @channel, @lang,
       @phoneHash, @phoneTail, @phoneSealed, @createdAt, @cancelledAt, @checkedInAt, @ticketId, @punctuality)`);
    this.countSlot = db.prepare(
      "SELECT COUNT(*) AS n FROM bookings WHERE business_type_id = ? AND slot_start = ? AND status IN ('booked', 'checked_in')",
    );
  }

  insert(b: BookingRecord): void {
    this.insertRow.run(b);
  }

  update(id: string, change: BookingChange): void {
    const keys = Object.keys(change) as (keyof BookingChange)[];
    if (keys.length === 0) return;
    const sets = keys.map((k) => `${COLUMNS[k]} = @${k}`).join(', ');
    this.db.prepare(`UPDATE bookings SET ${sets} WHERE id = @id`).run({ ...change, id });
  }

  byId(id: string): BookingRecord | null {
    const row = this.db.prepare('SELECT * FROM bookings WHERE id = ?').get(id) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  byToken(token: string): BookingRecord | null {
    const row = this.db.prepare('SELECT * FROM bookings WHERE token = ?').get(token) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  byCode(businessDate: string, code: string): BookingRecord | null {
    const row = this.db
      .prepare('SELECT * FROM bookings WHERE business_date = ? AND code = ?')
      .get(businessDate, code) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  byPhone(phoneHash: string, businessDate: string): BookingRecord[] {
    return (
      this.db
        .prepare('SELECT * FROM bookings WHERE phone_hash = ? AND business_date = ? ORDER BY slot_start')
        .all(phoneHash, businessDate) as Row[]
    ).map(toRecord);
  }

  /** The phone's active (booked or checked-in) booking of a business type on a date, if any. */
  activeFor(phoneHash: string, businessTypeId: string, businessDate: string): BookingRecord | null {
    const row = this.db
      .prepare(
        "SELECT * FROM bookings WHERE phone_hash = ? AND business_type_id = ? AND business_date = ? AND status IN ('booked', 'checked_in')",
      )
      .get(phoneHash, businessTypeId, businessDate) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  /** Bookings holding a place in the slot (booked or checked in). */
  takenInSlot(businessTypeId: string, slotStart: number): number {
    return (this.countSlot.get(businessTypeId, slotStart) as { n: number }).n;
  }

  /** Places taken per slot start of a business type on a date. */
  takenOn(businessTypeId: string, businessDate: string): Map<number, number> {
    const rows = this.db
      .prepare(
        "SELECT slot_start AS start, COUNT(*) AS n FROM bookings WHERE business_type_id = ? AND business_date = ? AND status IN ('booked', 'checked_in') GROUP BY slot_start",
      )
      .all(businessTypeId, businessDate) as { start: number; n: number }[];
    return new Map(rows.map((r) => [r.start, r.n]));
  }

  onDate(businessDate: string): BookingRecord[] {
    return (
      this.db
        .prepare('SELECT * FROM bookings WHERE business_date = ? ORDER BY slot_start, created_at')
        .all(businessDate) as Row[]
    ).map(toRecord);
  }

  between(fromDate: string, toDate: string): BookingRecord[] {
    return (
      this.db
        .prepare('SELECT * FROM bookings WHERE business_date >= ? AND business_date <= ? ORDER BY slot_start')
        .all(fromDate, toDate) as Row[]
    ).map(toRecord);
  }

  /** Still "booked" on a date that is over: the customer never came. */
  unattendedBefore(businessDate: string, limit: number): BookingRecord[] {
    return (
      this.db
        .prepare("SELECT * FROM bookings WHERE status = 'booked' AND business_date < ? ORDER BY slot_start LIMIT ?")
        .all(businessDate, limit) as Row[]
    ).map(toRecord);
  }

  codeTaken(businessDate: string, code: string): boolean {
    return (
      this.db.prepare('SELECT 1 FROM bookings WHERE business_date = ? AND code = ?').get(businessDate, code) !==
      undefined
    );
  }

  /** Retention: the phone's HMAC, tail and sealed copy go; the booking's facts stay. */
  purgePhones(createdBefore: number): number {
    return this.db
      .prepare(
        'UPDATE bookings SET phone_hash = NULL, phone_tail = NULL, phone_enc = NULL WHERE created_at < ? AND (phone_hash IS NOT NULL OR phone_tail IS NOT NULL OR phone_enc IS NOT NULL)',
      )
      .run(createdBefore).changes;
  }
}
