-- Paired devices; evaluators are bound to one counter. Only token hashes are stored.
CREATE TABLE devices (
  id         TEXT PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('kiosk', 'display', 'evaluator')),
  name       TEXT NOT NULL,
  counter_id TEXT,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);
