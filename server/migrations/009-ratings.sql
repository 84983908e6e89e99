-- One rating per ticket (服务态度 / 办理效率, 1–5), from the evaluator of the counter that served it.
CREATE TABLE ratings (
  ticket_id     TEXT PRIMARY KEY REFERENCES tickets (id),
  business_date TEXT NOT NULL,
  counter_id    TEXT NOT NULL,
  teller_id     TEXT,
  device_id     TEXT NOT NULL,
  attitude      INTEGER NOT NULL CHECK (attitude BETWEEN 1 AND 5),
  efficiency    INTEGER NOT NULL CHECK (efficiency BETWEEN 1 AND 5),
  rated_at      INTEGER NOT NULL
);
CREATE INDEX ratings_by_date ON ratings (business_date);
