-- Replication to head office. The outbox holds projected facts (public facts and staff
-- statistics only), each a link of the branch's hash chain, filled by tailing the event log,
-- the complaint ledger and the alert log (watermarks below), read by the background sender.
-- Acknowledged rows are pruned; its size is bounded (projection pauses when full, and the
-- event log, which is never pruned, keeps what is still to project).
CREATE TABLE hq_outbox (
  seq        INTEGER PRIMARY KEY,
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL,
  kind       TEXT NOT NULL,
  at         INTEGER NOT NULL,
  body       TEXT NOT NULL,
  bytes      INTEGER NOT NULL,
  acked      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX hq_outbox_by_hash ON hq_outbox (hash);

CREATE TABLE hq_replication (
  id                   INTEGER PRIMARY KEY CHECK (id = 1),
  head_seq             INTEGER NOT NULL DEFAULT 0,
  head_hash            TEXT NOT NULL DEFAULT '00000000000000000000000000000000',
  -- Head office holds every fact through this seq.
  acked_seq            INTEGER NOT NULL DEFAULT 0,
  event_watermark      INTEGER NOT NULL DEFAULT 0,
  complaint_watermark  INTEGER NOT NULL DEFAULT 0,
  alert_watermark      INTEGER NOT NULL DEFAULT 0,
  -- Config version (and catalogue version) of the last profile fact.
  profile_key          TEXT,
  last_ok_at           INTEGER,
  last_error           TEXT,
  last_error_at        INTEGER,
  -- Catalogue from head office: adopt automatically or after the admin confirms.
  catalogue_mode       TEXT NOT NULL DEFAULT 'confirm' CHECK (catalogue_mode IN ('auto', 'confirm')),
  catalogue_version    INTEGER,
  -- A version waiting for the admin (JSON of a CatalogueVersion), and the last decision to report.
  catalogue_pending    TEXT,
  catalogue_report     TEXT,
  catalogue_reported   INTEGER NOT NULL DEFAULT 1
);
INSERT INTO hq_replication (id) VALUES (1);
