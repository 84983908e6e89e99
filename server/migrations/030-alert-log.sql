-- Every raise, acknowledgement and clear of a lobby alert (domain.md §7, §8 audit).
-- Append-only; open alerts are rebuilt from it after a restart so ids and acks survive.
CREATE TABLE alert_log (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  alert_id    TEXT    NOT NULL,
  action      TEXT    NOT NULL CHECK (action IN ('raised', 'acknowledged', 'cleared')),
  kind        TEXT    NOT NULL,
  lane_id     TEXT,
  counter_id  TEXT,
  ticket_id   TEXT,
  actor_id    TEXT,
  at          INTEGER NOT NULL,
  -- The alert as it was at that moment (message, suggestion, ack), JSON.
  alert_json  TEXT    NOT NULL
);
CREATE INDEX alert_log_alert ON alert_log (alert_id);
CREATE INDEX alert_log_at ON alert_log (at);
