import type { AdminActionName } from '@lobby/shared';
import type { Db } from '../../store/database.ts';

/** Admin actions outside the engine (accounts, devices, imports, purges...), append-only. */
export interface AdminAction {
  id: number;
  at: number;
  actorId: string | null;
  action: string;
  target: string | null;
  reason: string | null;
  detail: Record<string, unknown>;
}

interface Row {
  id: number;
  at: number;
  actor_id: string | null;
  action: string;
  target: string | null;
  reason: string | null;
  detail: string;
}

export class AdminActionLog {
  constructor(private readonly db: Db) {}

  /** New rows only take a known action name; rows already stored are read back as they are. */
  record(entry: Omit<AdminAction, 'id' | 'action'> & { action: AdminActionName }): void {
    this.db
      .prepare('INSERT INTO admin_actions (at, actor_id, action, target, reason, detail) VALUES (?, ?, ?, ?, ?, ?)')
      .run(entry.at, entry.actorId, entry.action, entry.target, entry.reason, JSON.stringify(entry.detail));
  }

  between(fromMs: number, toMs: number, limit: number): AdminAction[] {
    return (
      this.db
        .prepare('SELECT * FROM admin_actions WHERE at >= ? AND at < ? ORDER BY id DESC LIMIT ?')
        .all(fromMs, toMs, limit) as Row[]
    ).map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      action: r.action,
      target: r.target,
      reason: r.reason,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
    }));
  }
}
