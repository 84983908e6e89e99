-- Admin actions that do not go through the engine (accounts, devices, VIP import, purges,
-- complaints, KPI points): who, when, what, why. Append-only; read by the audit viewer
-- next to the event log.
CREATE TABLE admin_actions (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  at        INTEGER NOT NULL,
  actor_id  TEXT,
  action    TEXT NOT NULL,
  target    TEXT,
  reason    TEXT,
  detail    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX admin_actions_by_time ON admin_actions (at);
CREATE TRIGGER admin_actions_no_update BEFORE UPDATE ON admin_actions
BEGIN SELECT RAISE(ABORT, 'admin_actions is append-only'); END;
CREATE TRIGGER admin_actions_no_delete BEFORE DELETE ON admin_actions
BEGIN SELECT RAISE(ABORT, 'admin_actions is append-only'); END;
