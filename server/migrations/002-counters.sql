-- Counter runtime of the business date: indexed columns for queries, the full runtime as JSON.
CREATE TABLE counters (
  id                TEXT PRIMARY KEY,
  status            TEXT NOT NULL,
  teller_id         TEXT,
  online            INTEGER NOT NULL,
  current_ticket_id TEXT,
  data              TEXT NOT NULL
);
