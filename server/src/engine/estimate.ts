/**
 * Position and wait estimates (domain.md §6), computed from the real dispatch order.
 * A virtual run of the dispatch: each open counter, when next free, calls the best ticket
 * nobody has taken, by its own comparator at that moment, each customer taking their lane's
 * measured call→departure time (EWMA over the day, no-shows included; configured service
 * times until there are enough). "Ahead" = tickets called before this one in that run; the
 * estimated wait = when the run calls it. With one counter this is (N + 1) ÷ rate.
 * Measured in bench/ (goal P5): counting "ahead at any counter" ÷ summed counter rates
 * overcounted (every business ticket sat "ahead" of a personal one: +49 % bias, 58 % hits).
 */
import type { LaneStats, WaitEstimate } from '@lobby/shared';
import type { CounterRuntime, EngineState, Ticket } from './types.ts';
import { newWaitingTicket } from './new-ticket.ts';
import { comparatorFor, dispatchContext, isEligible, type DispatchContext } from './policies/dispatch-order.ts';

const MINUTE = 60_000;
const MIN_DEPARTURES_FOR_RATE = 3;

/** Counters that could serve the ticket now: open, online, and eligible by lane or pin. */
function servingCounters(state: EngineState, ticket: Ticket): CounterRuntime[] {
  const out: CounterRuntime[] = [];
  for (const c of state.counters.values()) {
    if (c.status !== 'open' || !c.online) continue;
    if (ticket.pinnedCounterId !== null ? ticket.pinnedCounterId === c.id : isEligible(ticket, c, state.dispatch))
      out.push(c);
  }
  return out;
}

/** Mean configured service time of a lane's business types, minutes. */
function configuredServiceMin(state: EngineState, laneId: string): number {
  const types = state.config.businessTypes.filter((b) => b.laneId === laneId && b.enabled);
  if (types.length === 0) return 5;
  return types.reduce((s, b) => s + b.targetServiceMin, 0) / types.length;
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

/**
 * Measured call→departure time per lane: EWMA (same half-life) over the day's finished and
 * no-show tickets, falling back to the configured service times. A counter's own mean mixes
 * lanes (a business counter also serves personal customers), which underestimated business
 * waits by a fifth in the simulator.
 */
function laneCycleMs(state: EngineState, now: number): Map<string, number> {
  const halfLife = state.config.policy.estimateHalfLifeMin * MINUTE;
  const acc = new Map<string, { w: number; sum: number; n: number }>();
  for (const t of state.tickets.values()) {
    const calledAt = t.firstCalledAt ?? t.calledAt;
    if ((t.status !== 'done' && t.status !== 'no_show') || t.finishedAt === null || calledAt === null) continue;
    const w = Math.pow(0.5, Math.max(0, now - t.finishedAt) / halfLife);
    const a = acc.get(t.laneId) ?? { w: 0, sum: 0, n: 0 };
    a.w += w;
    a.sum += w * Math.max(0, t.finishedAt - calledAt);
    a.n += 1;
    acc.set(t.laneId, a);
  }
  const out = new Map<string, number>();
  for (const lane of state.config.lanes) {
    const a = acc.get(lane.id);
    out.set(
      lane.id,
      a && a.n >= MIN_DEPARTURES_FOR_RATE && a.w > 1e-9 && a.sum > 0
        ? a.sum / a.w
        : configuredServiceMin(state, lane.id) * MINUTE,
    );
  }
  return out;
}

interface VirtualCounter {
  counter: CounterRuntime;
  eligible: Ticket[];
  freeAt: number;
}

/**
 * When the `probes` would be called if every open counter, when next free, calls the best
 * ticket nobody has taken, ranked by its own comparator at that moment (so ageing reorders
 * the queue as it would), each customer taking their lane's measured time. Arrivals after
 * now are not foreseen. A probe that is a hypothetical ticket (a new ticket per lane, for
 * lane predictions) takes no counter time, so several probes share one run without
 * disturbing each other. Probes no open counter would reach are absent from the result.
 */
function virtualCalls(
  state: EngineState,
  probes: readonly Ticket[],
  now: number,
): Map<string, { before: number; at: number }> {
  const cycle = laneCycleMs(state, now);
  const cycleOf = (t: Ticket) => cycle.get(t.laneId) ?? 5 * MINUTE;
  const probeIds = new Set(probes.map((p) => p.id));
  const hypothetical = (t: Ticket) => t.token === HYPOTHETICAL;
  const waiting = [...state.tickets.values()].filter((t) => t.status === 'waiting' && !probeIds.has(t.id));
  waiting.push(...probes);
  const run: VirtualCounter[] = [];
  for (const c of state.counters.values()) {
    if (c.status !== 'open' || !c.online) continue;
    const eligible = waiting.filter((t) => isEligible(t, c, state.dispatch));
    if (eligible.length === 0) continue;
    const current = c.currentTicketId ? state.tickets.get(c.currentTicketId) : undefined;
    const startedAt = current ? (current.firstCalledAt ?? current.calledAt) : null;
    // A busy counter frees when its customer's expected time is up (at least a quarter of it
    // from now); an idle one is counted as just starting, as (N + 1) ÷ rate has always done.
    const freeAt =
      current && startedAt !== null
        ? Math.max(startedAt + cycleOf(current), now + cycleOf(current) / 4)
        : now + cycleOf(eligible[0]!);
    run.push({ counter: c, eligible, freeAt });
  }
  const found = new Map<string, { before: number; at: number }>();
  const taken = new Set<string>();
  let before = 0;
  while (run.length > 0 && found.size < probes.length) {
    let vc = run[0]!;
    for (const r of run) if (r.freeAt < vc.freeAt) vc = r;
    const cmp = comparatorFor(vc.counter, dispatchContext(state.config, vc.freeAt), state.dispatch);
    let best: Ticket | null = null;
    for (const t of vc.eligible) if (!taken.has(t.id) && (best === null || cmp(t, best) < 0)) best = t;
    if (!best) {
      run.splice(run.indexOf(vc), 1);
      continue;
    }
    taken.add(best.id);
    if (probeIds.has(best.id)) {
      found.set(best.id, { before, at: vc.freeAt });
      if (hypothetical(best)) continue;
    }
    before += 1;
    vc.freeAt += cycleOf(best);
  }
  return found;
}

function positionOfTicket(state: EngineState, ticket: Ticket, now: number): Position {
  const ctx = dispatchContext(state.config, now);
  const open = servingCounters(state, ticket);
  if (open.length === 0) {
    // With no counter open, count against every counter that could serve it, but give no estimate.
    const counters = [...state.counters.values()].filter((c) => isEligible(ticket, c, state.dispatch));
    return { ahead: aheadOf(state, ticket, counters, ctx), estimate: null, pointMin: null };
  }
  const virtual = virtualCalls(state, [ticket], now).get(ticket.id);
  if (!virtual) return { ahead: aheadOf(state, ticket, open, ctx), estimate: null, pointMin: null };
  const pointMin = Math.max(0, virtual.at - now) / MINUTE;
  return { ahead: virtual.before, estimate: toRange(pointMin), pointMin };
}

/** Position of a waiting ticket; tickets not waiting have nobody ahead. */
export function positionOf(state: EngineState, ticketId: string, now: number): Position {
  const ticket = state.tickets.get(ticketId);
  if (!ticket || ticket.status !== 'waiting') return { ahead: 0, estimate: null, pointMin: null };
  return positionOfTicket(state, ticket, now);
}

const HYPOTHETICAL = '\uffff-hypothetical';

/** A ticket that would be issued now into the lane (no priority), for "predicted wait". */
function hypotheticalTicket(state: EngineState, laneId: string, now: number): Ticket {
  return newWaitingTicket({
    // Sorts after every real id, so a real ticket wins every tie, as it would against a newcomer.
    id: `${HYPOTHETICAL}-${laneId}`,
    token: HYPOTHETICAL,
    number: '',
    laneId,
    businessTypeId: '',
    businessDate: state.businessDate,
    channel: 'kiosk',
    issuedAt: now,
    priorityGroupId: null,
    vipTierId: null,
  });
}

/**
 * The same state is asked for its lane figures several times (the commit, the alerts after
 * it, the alerts on every tick while nothing changes). States are immutable, so the figures
 * are kept per state object and reused for a second: estimates are shown in whole minutes.
 */
const LANE_STATS_REUSE_MS = 1_000;
const laneStatsCache = new WeakMap<EngineState, { now: number; stats: LaneStats[] }>();

export function laneStats(state: EngineState, now: number): LaneStats[] {
  const cached = laneStatsCache.get(state);
  if (cached && Math.abs(now - cached.now) < LANE_STATS_REUSE_MS) return cached.stats;
  const stats = computeLaneStats(state, now);
  laneStatsCache.set(state, { now, stats });
  return stats;
}

function computeLaneStats(state: EngineState, now: number): LaneStats[] {
  const probes = state.config.lanes.map((lane) => hypotheticalTicket(state, lane.id, now));
  const anyOpen = [...state.counters.values()].some((c) => c.status === 'open' && c.online);
  const calls = anyOpen ? virtualCalls(state, probes, now) : new Map<string, { before: number; at: number }>();
  return state.config.lanes.map((lane, i) => {
    let waiting = 0;
    let longest = 0;
    for (const t of state.tickets.values()) {
      if (t.laneId !== lane.id || t.status !== 'waiting') continue;
      waiting += 1;
      longest = Math.max(longest, now - t.issuedAt);
    }
    const rt = state.lanes[lane.id];
    const call = calls.get(probes[i]!.id);
    return {
      laneId: lane.id,
      waiting,
      longestWaitMs: longest,
      estimate: call ? toRange(Math.max(0, call.at - now) / MINUTE) : null,
      paused: rt?.paused ?? false,
      issuedToday: rt?.issued ?? 0,
    };
  });
}
