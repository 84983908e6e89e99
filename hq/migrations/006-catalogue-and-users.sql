-- The catalogue: versioned templates, and what each branch did with each version.
CREATE TABLE catalogue_versions (
  version       integer PRIMARY KEY,
  published_at  bigint NOT NULL,
  published_by  text NOT NULL,
  note          text NOT NULL,
  template      jsonb NOT NULL
);

CREATE TABLE catalogue_adoptions (
  branch_id    text NOT NULL REFERENCES branches (id),
  version      integer NOT NULL REFERENCES catalogue_versions (version),
  state        text NOT NULL CHECK (state IN ('adopted', 'pending', 'refused')),
  reason       text,
  issues       jsonb NOT NULL DEFAULT '[]',
  reported_at  bigint NOT NULL,
  PRIMARY KEY (branch_id, version)
);

-- Head-office users (head office and regional managers) and their sessions (token hashes only).
CREATE TABLE hq_users (
  id             text PRIMARY KEY,
  username       text NOT NULL UNIQUE,
  name           text NOT NULL,
  role           text NOT NULL CHECK (role IN ('admin', 'viewer')),
  password_hash  text NOT NULL,
  created_at     bigint NOT NULL
);

CREATE TABLE hq_sessions (
  token_hash  text PRIMARY KEY,
  user_id     text NOT NULL REFERENCES hq_users (id) ON DELETE CASCADE,
  expires_at  bigint NOT NULL
);
