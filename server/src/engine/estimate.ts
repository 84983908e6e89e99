import type { LaneStats, WaitEstimate } from '@lobby/shared';
import type { CounterRuntime, EngineState, Ticket } from './types.ts';
import { comparatorFor, dispatchContext, isEligible, type DispatchContext } from './policies/dispatch-order.ts';

/**
 * Position and wait estimates (domain.md §6), computed from the real dispatch order.
 * "Ahead" = tickets that some counter able to serve this ticket would call before it.
 * Estimated wait = (ahead + 1) ÷ summed departure rate of those counters, where each
 * counter's rate comes from an EWMA of its recent call→departure cycles (no-shows and
 * suspends included), falling back to the configured service times.
 */
const MINUTE = 60_000;
const MIN_DEPARTURES_FOR_RATE = 3;

/** Counters that could serve the ticket now: open, online, and eligible by lane or pin. */
function servingCounters(state: EngineState, ticket: Ticket): CounterRuntime[] {
  const out: CounterRuntime[] = [];
  for (const c of state.counters.values()) {
    if (c.status !== 'open' || !c.online) continue;
    if (ticket.pinnedCounterId !== null ? ticket.pinnedCounterId === c.id : isEligible(ticket, c, state.dispatch)) out.push(c);
  }
  return out;
}

/** Mean configured service time of a lane's business types, minutes. */
function configuredServiceMin(state: EngineState, laneId: string): number {
  const types = state.config.businessTypes.filter((b) => b.laneId === laneId && b.enabled);
  if (types.length === 0) return 5;
  return types.reduce((s, b) => s + b.targetServiceMin, 0) / types.length;
}

/** Customers per minute this counter clears, EWMA over recent cycles. */
export function counterRate(state: EngineState, counter: CounterRuntime, now: number): number {
  const deps = counter.departures;
  if (deps.length >= MIN_DEPARTURES_FOR_RATE) {
    const halfLife = state.config.policy.estimateHalfLifeMin * MINUTE;
    let wSum = 0;
    let cycleSum = 0;
    for (const d of deps) {
      const w = Math.pow(0.5, Math.max(0, now - d.at) / halfLife);
      wSum += w;
      cycleSum += w * d.cycleMs;
    }
    if (wSum > 1e-9 && cycleSum > 0) return MINUTE / (cycleSum / wSum);
  }
  const primary = counter.laneIds[0];
  return primary ? 1 / configuredServiceMin(state, primary) : 0;
}

/** Turn a point estimate into the range a customer is shown. */
export function toRange(pointMin: number): WaitEstimate {
  const low = Math.max(0, Math.floor(pointMin * 0.8));
  const high = Math.max(low + 1, Math.ceil(pointMin * 1.25));
  return { lowMin: low, highMin: high };
}

function aheadOf(state: EngineState, ticket: Ticket, counters: CounterRuntime[], ctx: DispatchContext): number {
  const ahead = new Set<string>();
  for (const c of counters) {
    const cmp = comparatorFor(c, ctx, state.dispatch);
    for (const other of state.tickets.values()) {
      if (other.id === ticket.id || ahead.has(other.id)) continue;
      if (isEligible(other, c, state.dispatch) && cmp(other, ticket) < 0) ahead.add(other.id);
    }
  }
  return ahead.size;
}

export interface Position {
  ahead: number;
  estimate: WaitEstimate | null;
  /** Point estimate in minutes (null when no counter serves the ticket). */
  pointMin: number | null;
}

function positionOfTicket(state: EngineState, ticket: Ticket, now: number): Position {
  const ctx = dispatchContext(state.config, now);
  const open = servingCounters(state, ticket);
  // With no counter open, count against every counter that could serve it, but give no estimate.
  const counters = open.length > 0 ? open : [...state.counters.values()].filter((c) => isEligible(ticket, c, state.dispatch));
  const ahead = aheadOf(state, ticket, counters, ctx);
  if (open.length === 0) return { ahead, estimate: null, pointMin: null };
  const rate = open.reduce((s, c) => s + counterRate(state, c, now), 0);
  if (rate <= 0) return { ahead, estimate: null, pointMin: null };
  const pointMin = (ahead + 1) / rate;
  return { ahead, estimate: toRange(pointMin), pointMin };
}

/** Position of a waiting ticket; tickets not waiting have nobody ahead. */
export function positionOf(state: EngineState, ticketId: string, now: number): Position {
  const ticket = state.tickets.get(ticketId);
  if (!ticket || ticket.status !== 'waiting') return { ahead: 0, estimate: null, pointMin: null };
  return positionOfTicket(state, ticket, now);
}

/** A ticket that would be issued now into the lane (no priority), for "predicted wait". */
function hypotheticalTicket(state: EngineState, laneId: string, now: number): Ticket {
  return {
    id: '\uffff-hypothetical',
    number: '',
    laneId,
    businessTypeId: '',
    businessDate: state.businessDate,
    status: 'waiting',
    outcome: null,
    channel: 'kiosk',
    issuedAt: now,
    enqueuedAt: now,
    firstCalledAt: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    counterId: null,
    pinnedCounterId: null,
    front: false,
    recalls: 0,
    priorityGroupId: null,
    vipTierId: null,
    suspendedByCounterId: null,
    servedBusinessTypeIds: [],
    redirects: [],
    notes: [],
    token: '',
  };
}

export function laneStats(state: EngineState, now: number): LaneStats[] {
  return state.config.lanes.map((lane) => {
    let waiting = 0;
    let longest = 0;
    for (const t of state.tickets.values()) {
      if (t.laneId !== lane.id || t.status !== 'waiting') continue;
      waiting += 1;
      longest = Math.max(longest, now - t.issuedAt);
    }
    const rt = state.lanes[lane.id];
    return {
      laneId: lane.id,
      waiting,
      longestWaitMs: longest,
      estimate: positionOfTicket(state, hypotheticalTicket(state, lane.id, now), now).estimate,
      paused: rt?.paused ?? false,
      issuedToday: rt?.issued ?? 0,
    };
  });
}
