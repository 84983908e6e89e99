-- Reminders before the turn: where to send them (a phone number or a Web Push subscription),
-- encrypted, and only while the ticket is open; the rows go when the ticket ends.
CREATE TABLE reminder_targets (
  ticket_id      TEXT NOT NULL,
  channel        TEXT NOT NULL CHECK (channel IN ('sms', 'push')),
  target_enc     TEXT NOT NULL,
  lang           TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
  created_at     INTEGER NOT NULL,
  near_sent_at   INTEGER,
  called_sent_at INTEGER,
  PRIMARY KEY (ticket_id, channel)
);

-- Outgoing text messages (verification codes, booking confirmations, reminders), delivered at
-- least once with retries. The number is encrypted; number, text and parameters are cleared
-- once the message is sent or given up, so the row that stays is a delivery log.
CREATE TABLE outgoing_messages (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL,
  phone_enc       TEXT,
  phone_tail      TEXT,
  text            TEXT,
  params          TEXT,
  lang            TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
  status          TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error      TEXT,
  created_at      INTEGER NOT NULL,
  sent_at         INTEGER
);
CREATE INDEX outgoing_messages_due ON outgoing_messages (next_attempt_at) WHERE status = 'pending';
CREATE INDEX outgoing_messages_by_time ON outgoing_messages (created_at);

-- Integration settings (the text-message gateway), one JSON value each. Secrets in them never
-- leave the server: the admin API answers whether one is set, never its value.
CREATE TABLE integration_settings (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
