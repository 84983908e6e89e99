/**
 * The branch admin's replication alert: the outbox is full (projection paused — nothing is
 * lost, the event log keeps it, but head office falls ever further behind); head office
 * refuses this branch (wrong key, a fact it will not take); or facts have waited longer than
 * the alert delay (head office or the WAN down).
 */
import type { ReplicationAlert } from '@lobby/shared';

export interface StatusFigures {
  lastOkAt: number | null;
  lastError: string | null;
  failures: number;
  pending: number;
  oldestPendingAt: number | null;
  unprojected: number;
  outboxFull: boolean;
}

export function replicationAlert(s: StatusFigures, now: number, alertAfterMs: number): ReplicationAlert | null {
  if (s.outboxFull && s.unprojected > 0) return 'backlog_full';
  if (s.failures > 0 && s.lastError !== null && /refused|answered 4\d\d/.test(s.lastError)) return 'hq_refused';
  if (s.oldestPendingAt !== null && now - s.oldestPendingAt > alertAfterMs) return 'hq_unreachable';
  if (s.failures > 0 && (s.lastOkAt === null || now - s.lastOkAt > alertAfterMs)) return 'hq_unreachable';
  return null;
}
