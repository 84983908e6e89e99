import type { Alert } from '@lobby/shared';
import type { Db } from './database.ts';

/** The alert_log table (migration 030): every raise, acknowledgement and clear. */
export type AlertAction = 'raised' | 'acknowledged' | 'cleared';

export interface AlertLogEntry {
  alertId: string;
  action: AlertAction;
  actorId: string | null;
  at: number;
  alert: Alert;
}

export interface AlertLog {
  append(entries: readonly AlertLogEntry[]): void;
  /** Alerts raised and not cleared, as last logged: restored after a restart. */
  openAlerts(): Alert[];
  history(alertId: string): AlertLogEntry[];
}

interface Row {
  alert_id: string;
  action: AlertAction;
  actor_id: string | null;
  at: number;
  alert_json: string;
}

export function createAlertLog(db: Db): AlertLog {
  const insert = db.prepare(
    `INSERT INTO alert_log (alert_id, action, kind, lane_id, counter_id, ticket_id, actor_id, at, alert_json)
     VALUES (@alertId, @action, @kind, @laneId, @counterId, @ticketId, @actorId, @at, @json)`,
  );
  const appendAll = db.transaction((entries: readonly AlertLogEntry[]) => {
    for (const e of entries) {
      insert.run({
        alertId: e.alertId,
        action: e.action,
        kind: e.alert.kind,
        laneId: e.alert.laneId,
        counterId: e.alert.counterId,
        ticketId: e.alert.ticketId,
        actorId: e.actorId,
        at: e.at,
        json: JSON.stringify(e.alert),
      });
    }
  });
  const lastPerAlert = db.prepare(
    `SELECT l.alert_id, l.action, l.actor_id, l.at, l.alert_json FROM alert_log l
     JOIN (SELECT alert_id, MAX(seq) AS seq FROM alert_log GROUP BY alert_id) last ON last.seq = l.seq
     WHERE l.action <> 'cleared' ORDER BY l.seq`,
  );
  const byAlert = db.prepare(
    'SELECT alert_id, action, actor_id, at, alert_json FROM alert_log WHERE alert_id = ? ORDER BY seq',
  );
  const toEntry = (r: Row): AlertLogEntry => ({
    alertId: r.alert_id,
    action: r.action,
    actorId: r.actor_id,
    at: r.at,
    alert: JSON.parse(r.alert_json) as Alert,
  });

  return {
    append(entries) {
      if (entries.length > 0) appendAll.immediate(entries);
    },
    openAlerts() {
      return (lastPerAlert.all() as Row[]).map((r) => toEntry(r).alert);
    },
    history(alertId) {
      return (byAlert.all(alertId) as Row[]).map(toEntry);
    },
  };
}
