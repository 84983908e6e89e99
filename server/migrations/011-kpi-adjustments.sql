-- Every point added to or deducted from a teller's monthly score, with who and why (R53).
CREATE TABLE kpi_adjustments (
  id         TEXT PRIMARY KEY,
  teller_id  TEXT NOT NULL,
  month      TEXT NOT NULL,
  points     INTEGER NOT NULL CHECK (points BETWEEN -100 AND 100 AND points <> 0),
  reason     TEXT NOT NULL,
  actor_id   TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX kpi_adjustments_by_month ON kpi_adjustments (month, teller_id);
CREATE TRIGGER kpi_adjustments_no_update BEFORE UPDATE ON kpi_adjustments
BEGIN SELECT RAISE(ABORT, 'kpi_adjustments is append-only'); END;
CREATE TRIGGER kpi_adjustments_no_delete BEFORE DELETE ON kpi_adjustments
BEGIN SELECT RAISE(ABORT, 'kpi_adjustments is append-only'); END;
