-- Complaint register (R95–R104). Contact details are customer data: nulled by the retention
-- purge (contact_purged_at), the rest is kept for statistics.
CREATE TABLE complaints (
  id                  TEXT PRIMARY KEY,
  received_at         INTEGER NOT NULL,
  received_date       TEXT NOT NULL,
  source              TEXT NOT NULL CHECK (source IN ('counter', 'lobby', 'hotline', 'online')),
  category            TEXT NOT NULL,
  severity            TEXT NOT NULL CHECK (severity IN ('minor', 'complex', 'serious')),
  status              TEXT NOT NULL CHECK (status IN ('open', 'responded', 'resolved', 'verified', 'closed')),
  summary             TEXT NOT NULL,
  demand              TEXT NOT NULL,
  contact_name        TEXT,
  contact_phone       TEXT,
  ticket_id           TEXT,
  counter_id          TEXT,
  teller_id           TEXT,
  owner_id            TEXT NOT NULL,
  first_response_due  TEXT NOT NULL,
  handling_due        TEXT NOT NULL,
  written_result_due  TEXT,
  responded_at        INTEGER,
  resolved_at         INTEGER,
  written_result_at   INTEGER,
  verified_at         INTEGER,
  closed_at           INTEGER,
  resolution          TEXT NOT NULL DEFAULT '',
  contact_purged_at   INTEGER
);
CREATE INDEX complaints_by_status ON complaints (status);
CREATE INDEX complaints_by_received ON complaints (received_at);
-- Every step of a complaint (the handling ledger 投诉处理台账), append-only.
CREATE TABLE complaint_history (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  complaint_id TEXT NOT NULL REFERENCES complaints (id),
  at           INTEGER NOT NULL,
  actor_id     TEXT NOT NULL,
  action       TEXT NOT NULL,
  note         TEXT NOT NULL
);
CREATE INDEX complaint_history_by_complaint ON complaint_history (complaint_id, id);
CREATE TRIGGER complaint_history_no_update BEFORE UPDATE ON complaint_history
BEGIN SELECT RAISE(ABORT, 'complaint_history is append-only'); END;
