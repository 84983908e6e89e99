-- Appointments (预约). The customer's phone number is kept as VIP identifiers are: an HMAC for
-- lookup, and an encrypted copy only while a message still needs it. Both are purged with the
-- retention period; the booking's facts stay for the statistics.
CREATE TABLE bookings (
  id               TEXT PRIMARY KEY,
  code             TEXT NOT NULL,
  token            TEXT NOT NULL UNIQUE,
  business_date    TEXT NOT NULL,
  business_type_id TEXT NOT NULL,
  slot_start       INTEGER NOT NULL,
  slot_end         INTEGER NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('booked', 'cancelled', 'checked_in', 'missed')),
  channel          TEXT NOT NULL CHECK (channel IN ('web', 'api', 'lobby')),
  lang             TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
  phone_hash       TEXT,
  phone_tail       TEXT,
  phone_enc        TEXT,
  created_at       INTEGER NOT NULL,
  cancelled_at     INTEGER,
  checked_in_at    INTEGER,
  ticket_id        TEXT,
  punctuality      TEXT CHECK (punctuality IN ('on_time', 'late')),
  UNIQUE (business_date, code)
);
CREATE INDEX bookings_by_slot ON bookings (business_type_id, slot_start) WHERE status IN ('booked', 'checked_in');
CREATE INDEX bookings_by_date ON bookings (business_date, slot_start);
CREATE INDEX bookings_by_phone ON bookings (phone_hash, business_date);
CREATE INDEX bookings_by_time ON bookings (created_at);
-- One active booking per phone per business type per day, whatever the application does.
CREATE UNIQUE INDEX bookings_one_per_phone ON bookings (phone_hash, business_type_id, business_date)
  WHERE status IN ('booked', 'checked_in') AND phone_hash IS NOT NULL;

-- Text-message verification codes: an HMAC of the code only; used and expired ones are deleted.
CREATE TABLE verification_codes (
  id          TEXT PRIMARY KEY,
  purpose     TEXT NOT NULL,
  phone_hash  TEXT NOT NULL,
  phone_enc   TEXT NOT NULL,
  code_hash   TEXT NOT NULL,
  attempts    INTEGER NOT NULL DEFAULT 0,
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL
);
CREATE INDEX verification_codes_by_phone ON verification_codes (phone_hash, created_at);
CREATE INDEX verification_codes_by_expiry ON verification_codes (expires_at);

-- Which phone number took a phone ticket (the per-phone daily limit; check-in at the kiosk by number).
CREATE TABLE ticket_phones (
  ticket_id     TEXT PRIMARY KEY,
  business_date TEXT NOT NULL,
  phone_hash    TEXT,
  created_at    INTEGER NOT NULL
);
CREATE INDEX ticket_phones_by_phone ON ticket_phones (phone_hash, business_date);
CREATE INDEX ticket_phones_by_time ON ticket_phones (created_at);
