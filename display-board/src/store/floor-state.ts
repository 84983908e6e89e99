/**
 * The public floor as this screen knows it, and the pure functions that move it forward
 * from a snapshot or an event. Only public fields are ever copied in: even if a richer
 * payload arrived by mistake, nothing but numbers and counters would reach the screen.
 */
import {
  callIsCurrent,
  type BranchConfig,
  type CallAnnouncement,
  type CounterPublicView,
  type EmergencyState,
  type EstimatesView,
  type HallMessage,
  type LaneStats,
  type PublicSnapshot,
  type QueueEvent,
  type TicketPublicView,
} from '@lobby/shared';

/** Calls kept in memory: the screen shows 10; the rest only smooths day-long churn. */
export const MAX_CALLS = 30;

export interface FloorState {
  config: BranchConfig | null;
  businessDate: string | null;
  seq: number;
  counters: CounterPublicView[];
  lanes: LaneStats[];
  /** Newest first. */
  calls: CallAnnouncement[];
  emergency: EmergencyState;
  lastMessage: HallMessage | null;
  /** Server clock minus local clock, from the last snapshot. */
  serverOffsetMs: number;
}

export const EMPTY_FLOOR: FloorState = {
  config: null,
  businessDate: null,
  seq: 0,
  counters: [],
  lanes: [],
  calls: [],
  emergency: { active: false, message: '', since: null },
  lastMessage: null,
  serverOffsetMs: 0,
};

function publicCounter(c: CounterPublicView): CounterPublicView {
  return {
    id: c.id,
    number: c.number,
    name: c.name,
    zoneId: c.zoneId,
    laneIds: [...c.laneIds],
    status: c.status,
    away: c.away,
    currentNumber: c.currentNumber,
  };
}

function publicCall(c: CallAnnouncement): CallAnnouncement {
  return {
    ticketId: c.ticketId,
    number: c.number,
    laneId: c.laneId,
    counterId: c.counterId,
    counterNumber: c.counterNumber,
    counterName: c.counterName,
    at: c.at,
    recall: c.recall,
  };
}

function publicTicket(t: TicketPublicView): TicketPublicView {
  return {
    id: t.id,
    number: t.number,
    laneId: t.laneId,
    status: t.status,
    counterId: t.counterId,
    calledAt: t.calledAt,
  };
}

function sortCounters(list: CounterPublicView[]): CounterPublicView[] {
  return [...list].sort((a, b) => a.number - b.number);
}

function upsertCounter(list: CounterPublicView[], c: CounterPublicView): CounterPublicView[] {
  const i = list.findIndex((x) => x.id === c.id);
  if (i < 0) return sortCounters([...list, publicCounter(c)]);
  const next = [...list];
  next[i] = publicCounter(c);
  return next;
}

function upsertLanes(list: LaneStats[], updates: LaneStats[]): LaneStats[] {
  if (updates.length === 0) return list;
  const byId = new Map(list.map((l) => [l.laneId, l]));
  for (const u of updates) byId.set(u.laneId, { ...u });
  return [...byId.values()];
}

/** A recall replaces the earlier entry of the same ticket so the list shows each number once. */
function addCall(calls: CallAnnouncement[], call: CallAnnouncement): CallAnnouncement[] {
  return [publicCall(call), ...calls.filter((c) => c.ticketId !== call.ticketId)].slice(0, MAX_CALLS);
}

/** A ticket that left its counter takes its call off the board (see callIsCurrent). */
function dropLeftCalls(calls: CallAnnouncement[], t: TicketPublicView): CallAnnouncement[] {
  const stale = calls.some((c) => c.ticketId === t.id && !callIsCurrent(c, t));
  return stale ? calls.filter((c) => c.ticketId !== t.id || callIsCurrent(c, t)) : calls;
}

/** Keeps "now serving" right even for events that carry the ticket but not the counter. */
function applyTicketToCounters(counters: CounterPublicView[], t: TicketPublicView): CounterPublicView[] {
  const active = t.status === 'called' || t.status === 'serving';
  let changed = false;
  const next = counters.map((c) => {
    if (active && c.id === t.counterId && c.currentNumber !== t.number) {
      changed = true;
      return { ...c, currentNumber: t.number };
    }
    if (c.currentNumber === t.number && (!active || c.id !== t.counterId)) {
      changed = true;
      return { ...c, currentNumber: null };
    }
    return c;
  });
  return changed ? next : counters;
}

export function applySnapshot(snapshot: PublicSnapshot, localNow: number): FloorState {
  return {
    config: snapshot.config,
    businessDate: snapshot.businessDate,
    seq: snapshot.seq,
    counters: sortCounters(snapshot.counters.map(publicCounter)),
    lanes: snapshot.lanes.map((l) => ({ ...l })),
    calls: [...snapshot.recentCalls]
      .filter((c) =>
        callIsCurrent(
          c,
          snapshot.tickets.find((t) => t.id === c.ticketId),
        ),
      )
      .sort((a, b) => b.at - a.at)
      .map(publicCall)
      .filter((c, i, all) => all.findIndex((x) => x.ticketId === c.ticketId) === i)
      .slice(0, MAX_CALLS),
    emergency: { ...snapshot.emergency },
    lastMessage: snapshot.lastMessage ? { ...snapshot.lastMessage } : null,
    serverOffsetMs: snapshot.serverTime - localNow,
  };
}

/**
 * A recomputed wait forecast (`estimates:updated`, not sequenced). Its lane counts are as of
 * its seq: newer events' counts stay, but the estimates are the newest there are either way.
 */
export function applyEstimates(state: FloorState, view: EstimatesView): FloorState {
  if (view.seq >= state.seq) return { ...state, lanes: upsertLanes(state.lanes, view.lanes) };
  const fresh = new Map(view.lanes.map((l) => [l.laneId, l]));
  return {
    ...state,
    lanes: state.lanes.map((l) => {
      const f = fresh.get(l.laneId);
      return f ? { ...l, estimate: f.estimate, ahead: f.ahead } : l;
    }),
  };
}

export function applyEvent(state: FloorState, event: QueueEvent): FloorState {
  let next: FloorState = {
    ...state,
    seq: event.seq,
    businessDate: event.businessDate,
    lanes: upsertLanes(state.lanes, event.lanes),
  };
  // A new business date starts with an empty call list even if the day close was missed.
  const newDay = state.businessDate !== null && event.businessDate !== state.businessDate;
  if (event.type === 'day:closed' || newDay) next = { ...next, calls: [] };
  if (event.call) next = { ...next, calls: addCall(next.calls, event.call) };
  if (event.counter) next = { ...next, counters: upsertCounter(next.counters, event.counter as CounterPublicView) };
  const tickets = [...(event.ticket ? [event.ticket] : []), ...(event.tickets ?? [])];
  for (const t of tickets) {
    const ticket = publicTicket(t);
    next = {
      ...next,
      counters: applyTicketToCounters(next.counters, ticket),
      calls: dropLeftCalls(next.calls, ticket),
    };
  }
  if (event.emergency) next = { ...next, emergency: { ...event.emergency } };
  if (event.message) next = { ...next, lastMessage: { ...event.message } };
  if (event.config) next = { ...next, config: event.config };
  return next;
}
