-- Head office: regions, branches with their replication key, and each branch's replication head.
CREATE TABLE regions (
  id       text PRIMARY KEY,
  name_zh  text NOT NULL,
  name_en  text NOT NULL
);

CREATE TABLE branches (
  id          text PRIMARY KEY,
  region_id   text NOT NULL REFERENCES regions (id),
  name_zh     text NOT NULL,
  name_en     text NOT NULL,
  -- SHA-256 (hex) of the branch's replication key; the key itself is shown once at registration.
  key_hash    text NOT NULL UNIQUE,
  time_zone   text NOT NULL DEFAULT 'Asia/Shanghai',
  -- The branch's latest HqBranchProfile (lanes, business types, counters, targets).
  profile     jsonb,
  created_at  bigint NOT NULL
);
CREATE INDEX branches_by_region ON branches (region_id);

-- Where each branch's hash chain stands at head office, and what its sender last told us.
CREATE TABLE branch_replication (
  branch_id         text PRIMARY KEY REFERENCES branches (id),
  epoch             integer NOT NULL DEFAULT 1,
  head_seq          bigint NOT NULL DEFAULT 0,
  head_hash         uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  last_heard_at     bigint,
  -- Branch time of the newest fact held, and how far behind it arrived (ms).
  last_fact_at      bigint,
  lag_ms            bigint,
  backlog           jsonb,
  facts_total       bigint NOT NULL DEFAULT 0,
  duplicates_total  bigint NOT NULL DEFAULT 0,
  business_date     date,
  emergency         boolean NOT NULL DEFAULT false
);

-- A new epoch starts when a branch's history forks (restored from a backup, then went on)
-- or breaks (head office accepted a gap). The facts of the old epoch stay: they happened.
CREATE TABLE branch_epochs (
  branch_id      text NOT NULL REFERENCES branches (id),
  epoch          integer NOT NULL,
  reason         text NOT NULL CHECK (reason IN ('start', 'restored', 'gap')),
  started_at     bigint NOT NULL,
  -- The branch seq the new epoch continues from, and what head office held before.
  fork_seq       bigint NOT NULL,
  previous_head  bigint NOT NULL,
  PRIMARY KEY (branch_id, epoch)
);
