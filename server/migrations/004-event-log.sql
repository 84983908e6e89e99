-- Append-only event log: seq is the branch sequence number every client sees.
-- payload = the StaffQueueEvent without seq. Never holds card or phone identifiers.
CREATE TABLE event_log (
  seq           INTEGER PRIMARY KEY,
  business_date TEXT NOT NULL,
  type          TEXT NOT NULL,
  at            INTEGER NOT NULL,
  actor_id      TEXT,
  reason        TEXT,
  payload       TEXT NOT NULL
);
CREATE INDEX event_log_by_date ON event_log (business_date, seq);
CREATE TRIGGER event_log_no_update BEFORE UPDATE ON event_log
BEGIN SELECT RAISE(ABORT, 'event_log is append-only'); END;
CREATE TRIGGER event_log_no_delete BEFORE DELETE ON event_log
BEGIN SELECT RAISE(ABORT, 'event_log is append-only'); END;
