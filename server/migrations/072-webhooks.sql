-- Webhooks for integrators: signed (HMAC-SHA256 with the endpoint's secret), at least once.
CREATE TABLE webhook_endpoints (
  id          TEXT PRIMARY KEY,
  url         TEXT NOT NULL,
  secret      TEXT NOT NULL,
  events      TEXT NOT NULL,
  enabled     INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  description TEXT NOT NULL,
  created_at  INTEGER NOT NULL
);
-- The outbox: one row per event and endpoint, written in the event's own transaction (the
-- branch seq is the idempotency key). Delivered in seq order per endpoint; after the last
-- retry a row is dead (the admin's dead-letter list) until retried by hand.
CREATE TABLE webhook_deliveries (
  id              INTEGER PRIMARY KEY,
  endpoint_id     TEXT NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  seq             INTEGER NOT NULL,
  type            TEXT NOT NULL,
  payload         TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_status     INTEGER,
  last_error      TEXT,
  created_at      INTEGER NOT NULL,
  delivered_at    INTEGER,
  UNIQUE (endpoint_id, seq)
);
CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (endpoint_id, seq) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_by_status ON webhook_deliveries (status, created_at);
