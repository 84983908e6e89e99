-- Go-live. One row the readiness probe rewrites (a real write and fsync): /readyz and the
-- staff screens' write-failure banner learn that the disk still takes writes before a
-- ticket is lost to it.
CREATE TABLE write_probe (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  at INTEGER NOT NULL
);
