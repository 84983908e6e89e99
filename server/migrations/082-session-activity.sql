-- Staff sessions end after an idle time (STAFF_IDLE_MINUTES), so each records its last use;
-- and where it signed in from, shown to the other screens of the same account. Devices
-- record their last use (the admin's device list) — a token can be rotated from there.
ALTER TABLE sessions ADD COLUMN last_seen_at INTEGER;
ALTER TABLE sessions ADD COLUMN client_address TEXT;
UPDATE sessions SET last_seen_at = created_at;
ALTER TABLE devices ADD COLUMN last_used_at INTEGER;
