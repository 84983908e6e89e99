import { isCounterAway } from '@lobby/shared';
import type {
  BranchConfig,
  CounterStaffView,
  LaneStats,
  LocalizedText,
  TicketStaffView,
  TicketStatus,
} from '@lobby/shared';
import type { LobbyTicketTab } from './lobby-slice.ts';

/** Pure derivations of the floor for the console; components memoise them on the store records. */

const TAB_STATUSES: Record<LobbyTicketTab, readonly TicketStatus[]> = {
  waiting: ['waiting'],
  active: ['called', 'serving'],
  suspended: ['suspended'],
  noShow: ['no_show'],
  closed: ['done', 'cancelled'],
};

/**
 * The tickets of one list. Waiting tickets show pinned and front-of-lane ones first, then the
 * longest-waiting: the order the lobby manager reasons in (the exact call order is the server's).
 */
export function ticketsForTab(
  tickets: Record<string, TicketStaffView>,
  tab: LobbyTicketTab,
  laneId: string | null,
): TicketStaffView[] {
  const statuses = TAB_STATUSES[tab];
  const list = Object.values(tickets).filter(
    (t) => statuses.includes(t.status) && (laneId === null || t.laneId === laneId),
  );
  if (tab === 'closed') return list.sort((a, b) => (b.finishedAt ?? b.issuedAt) - (a.finishedAt ?? a.issuedAt));
  if (tab === 'active') return list.sort((a, b) => (a.calledAt ?? 0) - (b.calledAt ?? 0));
  return list.sort((a, b) => rankFlag(a) - rankFlag(b) || a.enqueuedAt - b.enqueuedAt || a.issuedAt - b.issuedAt);
}

function rankFlag(t: TicketStaffView): number {
  if (t.pinnedCounterId !== null) return 0;
  return t.front ? 1 : 2;
}

export function countByTab(tickets: Record<string, TicketStaffView>): Record<LobbyTicketTab, number> {
  const counts: Record<LobbyTicketTab, number> = { waiting: 0, active: 0, suspended: 0, noShow: 0, closed: 0 };
  for (const t of Object.values(tickets)) {
    for (const [tab, statuses] of Object.entries(TAB_STATUSES) as [LobbyTicketTab, readonly TicketStatus[]][]) {
      if (statuses.includes(t.status)) counts[tab] += 1;
    }
  }
  return counts;
}

/** Minutes and seconds of a duration, never negative (clock skew between tablet and server). */
export function splitDuration(ms: number): { min: number; sec: number } {
  const total = Math.max(0, Math.floor(ms / 1000));
  return { min: Math.floor(total / 60), sec: total % 60 };
}

export type LaneHealth = 'ok' | 'warn' | 'over';

/** Colour of a lane card: over when the longest wait or the prediction passed the target. */
export function laneHealth(stats: LaneStats, targetWaitMin: number): LaneHealth {
  const targetMs = targetWaitMin * 60_000;
  if (stats.waiting > 0 && stats.longestWaitMs > targetMs) return 'over';
  if (stats.estimate === null) return stats.waiting > 0 ? 'over' : 'ok';
  // Like the server's alert: an empty lane's estimate is one full service time, not a problem.
  if (stats.waiting > 0 && stats.estimate.highMin > targetWaitMin) return 'warn';
  return 'ok';
}

/** What the counter table shows as state: an offline signed-on client matters more than "open". */
export function counterDisplayState(c: CounterStaffView): 'closed' | 'open' | 'paused' | 'away' | 'offline' {
  if (c.tellerId !== null && !c.online) return 'offline';
  if (isCounterAway(c)) return 'away';
  return c.status;
}

export function sortedCounters(counters: Record<string, CounterStaffView>): CounterStaffView[] {
  return Object.values(counters).sort((a, b) => a.number - b.number);
}

export function laneName(config: BranchConfig | null, laneId: string): LocalizedText | null {
  return config?.lanes.find((l) => l.id === laneId)?.name ?? null;
}

export function businessTypeName(config: BranchConfig | null, id: string): LocalizedText | null {
  return config?.businessTypes.find((b) => b.id === id)?.name ?? null;
}

/** Lanes a waiting ticket can be moved to: every other lane (the server checks the rest). */
export function transferTargets(config: BranchConfig | null, fromLaneId: string): string[] {
  return (config?.lanes ?? []).filter((l) => l.id !== fromLaneId).map((l) => l.id);
}

/** Live longest wait of a lane (the engine counts from issue), for the ticking lane cards. */
export function longestWaitMs(tickets: Record<string, TicketStaffView>, laneId: string, now: number): number {
  let longest = 0;
  for (const t of Object.values(tickets)) {
    if (t.laneId === laneId && t.status === 'waiting') longest = Math.max(longest, now - t.issuedAt);
  }
  return longest;
}

/** The note the teller wrote when suspending: the engine appends it as the ticket's last note. */
export function suspendNote(t: TicketStaffView): string {
  return t.notes.length > 0 ? t.notes[t.notes.length - 1]!.text : '';
}

/** When the ticket was suspended (its last note's time), for "suspended for 5 min". */
export function suspendedSince(t: TicketStaffView): number {
  return t.notes.length > 0 ? t.notes[t.notes.length - 1]!.at : t.issuedAt;
}
