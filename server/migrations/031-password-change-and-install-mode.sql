-- Go-live. A first sign-in with a one-time password, an admin reset and an account an admin
-- created all force the user to choose a new password before anything else.
ALTER TABLE staff_users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
ALTER TABLE staff_users ADD COLUMN password_changed_at INTEGER;
-- What this DATA_DIR holds, set at its first start: the demo branch or a real branch. A real
-- branch never starts on the demo's data (known passwords), nor the demo on a real branch's.
CREATE TABLE install_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
