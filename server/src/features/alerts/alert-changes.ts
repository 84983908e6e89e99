import type { Alert } from '@lobby/shared';

/** What changed between two alert lists: the log records raises and clears, the socket only changes. */
export function diffAlerts(before: readonly Alert[], after: readonly Alert[]): { raised: Alert[]; cleared: Alert[] } {
  const beforeIds = new Set(before.map((a) => a.id));
  const afterIds = new Set(after.map((a) => a.id));
  return {
    raised: after.filter((a) => !beforeIds.has(a.id)),
    cleared: before.filter((a) => !afterIds.has(a.id)),
  };
}

export function sameAlerts(a: readonly Alert[], b: readonly Alert[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/** The list with one alert acknowledged; null when the alert is no longer there. */
export function acknowledgeIn(list: readonly Alert[], alertId: string, by: string, at: number): Alert[] | null {
  const target = list.find((a) => a.id === alertId);
  if (!target) return null;
  // Acknowledging twice keeps the first who/when: the audit trail names who saw it first.
  if (target.acknowledgedBy !== null) return [...list];
  return list.map((a) => (a.id === alertId ? { ...a, acknowledgedBy: by, acknowledgedAt: at } : a));
}
