import type { CounterStaffView, LaneStats, TicketStaffView } from '@lobby/shared';

/**
 * Waiting tickets this counter may call, for "call a specific ticket". The server does not
 * send its dispatch order, so the list shows what it can know for sure: tickets pinned to
 * this counter, then those put at the front of a lane, then by time entered the queue.
 */
export function waitingTicketsFor(
  counter: CounterStaffView,
  tickets: Record<string, TicketStaffView>,
): TicketStaffView[] {
  const out: TicketStaffView[] = [];
  for (const t of Object.values(tickets)) {
    if (t.status !== 'waiting') continue;
    if (t.pinnedCounterId !== null ? t.pinnedCounterId === counter.id : counter.laneIds.includes(t.laneId)) out.push(t);
  }
  const rank = (t: TicketStaffView) => (t.pinnedCounterId === counter.id ? 0 : t.front ? 1 : 2);
  return out.sort(
    (a, b) =>
      rank(a) - rank(b) || a.enqueuedAt - b.enqueuedAt || a.issuedAt - b.issuedAt || a.number.localeCompare(b.number),
  );
}

/** Waiting count per lane this counter serves, in the counter's lane order. */
export function laneWaitingFor(
  counter: CounterStaffView,
  lanes: readonly LaneStats[],
): { laneId: string; waiting: number }[] {
  return counter.laneIds.map((laneId) => ({ laneId, waiting: lanes.find((l) => l.laneId === laneId)?.waiting ?? 0 }));
}

/** The counter this staff member is signed on to, if any (derived, so a reload finds it again). */
export function counterOfTeller(counters: Record<string, CounterStaffView>, staffId: string): CounterStaffView | null {
  return Object.values(counters).find((c) => c.tellerId === staffId) ?? null;
}
