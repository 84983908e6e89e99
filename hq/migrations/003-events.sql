-- Every fact a branch sent, once, partitioned by month of its business date. Reports never
-- read this table: they read the rollups below. Recomputation and audits do.
CREATE TABLE events (
  branch_id      text NOT NULL,
  epoch          integer NOT NULL,
  seq            bigint NOT NULL,
  hash           uuid NOT NULL,
  kind           text NOT NULL,
  type           text,
  at             bigint NOT NULL,
  business_date  date NOT NULL,
  received_at    bigint NOT NULL,
  body           jsonb NOT NULL,
  PRIMARY KEY (branch_id, epoch, seq, business_date)
) PARTITION BY RANGE (business_date);
-- Duplicate and fork detection look a fact up by its chain hash.
CREATE INDEX events_by_hash ON events (branch_id, hash);
