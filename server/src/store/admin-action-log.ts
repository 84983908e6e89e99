import type { AdminActionName } from '@lobby/shared';
import type { Db } from './database.ts';

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

export type AdminActionEntry = Omit<AdminAction, 'id' | 'action'> & { action: AdminActionName };

/**
 * Admin actions outside the engine (accounts, devices, imports, purges...), append-only.
 * Audit rows are written ONE way: in the same transaction as the change they record —
 * `audited(change, entry)` here, or `record` from a queue command's `persist` (inside the
 * command's transaction). A row written outside a transaction is a programming error.
 */
export class AdminActionLog {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** New rows only take a known action name; rows already stored are read back as they are. */
  record(entry: AdminActionEntry): void {
    if (!this.db.inTransaction) throw new Error(`audit row ${entry.action} written outside the change's transaction`);
    this.db
      .prepare('INSERT INTO admin_actions (at, actor_id, action, target, reason, detail) VALUES (?, ?, ?, ?, ?, ?)')
      .run(entry.at, entry.actorId, entry.action, entry.target, entry.reason, JSON.stringify(entry.detail));
  }

  /**
   * Runs the change and writes its audit row in one immediate transaction: both or neither.
   * `entry` gets the change's result; null records nothing (the change did nothing).
   */
  audited<T>(change: () => T, entry: (result: T) => AdminActionEntry | null): T {
    return this.db
      .transaction(() => {
        const result = change();
        const row = entry(result);
        if (row) this.record(row);
        return result;
      })
      .immediate();
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
