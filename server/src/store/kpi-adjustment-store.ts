import { newId } from '../auth/tokens.ts';
import type { Db } from './database.ts';
import type { KpiAdjustment } from '@lobby/shared';

/** Point adjustments: append-only (docs/requirements.md R53: every point has a written record). */
export class KpiAdjustmentStore {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  add(input: Omit<KpiAdjustment, 'id'>): KpiAdjustment {
    const adj = { ...input, id: newId('kpi') };
    this.db
      .prepare(
        'INSERT INTO kpi_adjustments (id, teller_id, month, points, reason, actor_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(adj.id, adj.tellerId, adj.month, adj.points, adj.reason, adj.actorId, adj.createdAt);
    return adj;
  }

  forMonth(month: string): KpiAdjustment[] {
    return (
      this.db.prepare('SELECT * FROM kpi_adjustments WHERE month = ? ORDER BY created_at').all(month) as {
        id: string;
        teller_id: string;
        month: string;
        points: number;
        reason: string;
        actor_id: string;
        created_at: number;
      }[]
    ).map((r) => ({
      id: r.id,
      tellerId: r.teller_id,
      month: r.month,
      points: r.points,
      reason: r.reason,
      actorId: r.actor_id,
      createdAt: r.created_at,
    }));
  }
}
