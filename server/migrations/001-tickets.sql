-- Tickets: indexed columns for queries and constraints, the full staff view as JSON.
CREATE TABLE tickets (
  id             TEXT PRIMARY KEY,
  business_date  TEXT NOT NULL,
  number         TEXT NOT NULL,
  lane_id        TEXT NOT NULL,
  business_type_id TEXT NOT NULL,
  status         TEXT NOT NULL,
  counter_id     TEXT,
  token          TEXT NOT NULL UNIQUE,
  issued_at      INTEGER NOT NULL,
  finished_at    INTEGER,
  data           TEXT NOT NULL,
  UNIQUE (business_date, number)
);
CREATE INDEX tickets_by_date_status ON tickets (business_date, status);
-- A counter holds at most one called/serving ticket, whatever the application does.
CREATE UNIQUE INDEX tickets_one_active_per_counter ON tickets (counter_id) WHERE status IN ('called', 'serving');
