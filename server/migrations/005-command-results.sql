-- Idempotency: the ack of every command by (principal, requestId); a repeat gets it back.
CREATE TABLE command_results (
  principal_id TEXT NOT NULL,
  request_id   TEXT NOT NULL,
  command      TEXT NOT NULL,
  ack          TEXT NOT NULL,
  at           INTEGER NOT NULL,
  PRIMARY KEY (principal_id, request_id)
);
CREATE INDEX command_results_by_time ON command_results (at);
