-- Branch secrets (e.g. the VIP identifier HMAC key); never leave the server.
CREATE TABLE branch_secrets (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
-- VIP registry: HMAC of the normalised card/phone number → tier. No clear identifiers.
CREATE TABLE vip_customers (
  identifier_hash TEXT PRIMARY KEY,
  tier_id         TEXT NOT NULL,
  created_at      INTEGER NOT NULL
);
-- Which VIP identifier a ticket was issued for (purgeable after the retention period).
CREATE TABLE ticket_identifiers (
  ticket_id       TEXT PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
  identifier_hash TEXT NOT NULL,
  created_at      INTEGER NOT NULL
);
CREATE INDEX ticket_identifiers_by_time ON ticket_identifiers (created_at);
