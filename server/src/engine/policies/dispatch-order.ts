/**
 * Who a counter calls next (docs/domain.md §5). One comparator per policy; the ticket position
 * shown to customers is computed with the same comparator, so what we print is what we do.
 *
 * Tier 1 (every policy): tickets pinned to this counter and tickets resumed/transferred to
 * the front of their lane — oldest first.
 * Tier 2 depends on the policy:
 *  - accumulated: waited minutes × lane weight + head starts (priority group, VIP tier,
 *    on-time appointment) + primary-lane bonus − fallback penalty per position; ties by issue order. The max-wait
 *    guard: past its lane's max wait a ticket ages faster and faster, its extra rate growing
 *    with how far past it is (see `accumulatedPriority`; docs/policy.md has the simulation).
 *  - fifo: issue order over every lane the counter serves (one pool).
 *  - strict: lane weight first (VIP before business before personal), then issue order.
 *  - dedicated: only the counter's primary lane, issue order.
 */
import { isActivated, type BranchConfig, type Lane } from '@lobby/shared';
import type { CounterRuntime, DispatchPolicyName, EngineState, Ticket } from '../types.ts';

const MINUTE = 60_000;

export interface DispatchContext {
  config: BranchConfig;
  lanesById: ReadonlyMap<string, Lane>;
  groupHeadStart: ReadonlyMap<string, number>;
  tierHeadStart: ReadonlyMap<string, number>;
  /** Head start of a booked customer who checked in on time. */
  appointmentHeadStart: number;
  /** Heaviest lane weight: the ageing rate of a ticket past its max wait. */
  maxLaneWeight: number;
  now: number;
}

export function dispatchContext(config: BranchConfig, now: number): DispatchContext {
  return {
    config,
    lanesById: new Map(config.lanes.map((l) => [l.id, l])),
    groupHeadStart: new Map(config.priorityGroups.map((g) => [g.id, g.headStartMin])),
    tierHeadStart: new Map(config.vipTiers.map((t) => [t.id, t.headStartMin])),
    appointmentHeadStart: config.appointments.headStartMin,
    maxLaneWeight: Math.max(1, ...config.lanes.map((l) => l.weight)),
    now,
  };
}

/** Can this counter call this ticket at all (ignoring the counter's own state)? */
export function isEligible(ticket: Ticket, counter: CounterRuntime, policy: DispatchPolicyName): boolean {
  if (ticket.status !== 'waiting') return false;
  if (ticket.pinnedCounterId !== null) return ticket.pinnedCounterId === counter.id;
  if (policy === 'dedicated') return counter.laneIds[0] === ticket.laneId;
  return counter.laneIds.includes(ticket.laneId);
}

function isTierOne(ticket: Ticket, counter: CounterRuntime): boolean {
  return ticket.pinnedCounterId === counter.id || ticket.front;
}

/** Accumulated priority of a waiting ticket at a counter, in "minutes of standing". */
export function accumulatedPriority(ticket: Ticket, counter: CounterRuntime, ctx: DispatchContext): number {
  const lane = ctx.lanesById.get(ticket.laneId);
  const weight = lane?.weight ?? 1;
  const waitedMin = Math.max(0, ctx.now - ticket.enqueuedAt) / MINUTE;
  const position = counter.laneIds.indexOf(ticket.laneId);
  const laneBonus =
    position === 0
      ? ctx.config.policy.primaryLaneBonusMin
      : -Math.max(0, position) * ctx.config.policy.fallbackPenaltyMin;
  const groupBonus = ticket.priorityGroupId ? (ctx.groupHeadStart.get(ticket.priorityGroupId) ?? 0) : 0;
  const tierBonus = ticket.vipTierId ? (ctx.tierHeadStart.get(ticket.vipTierId) ?? 0) : 0;
  const appointmentBonus = ticket.appointment?.onTime ? ctx.appointmentHeadStart : 0;
  // Max-wait guard, soft: past the lane's max wait (counted from issue, as the customer
  // counts) the ticket ages faster and faster, so it overtakes everyone in bounded time. A
  // hard "overdue first, oldest first" tier put every fresh VIP behind the whole overdue
  // backlog at lunch (simulated VIP wait 0.8 × FIFO instead of ≤ 0.4). Quadratic, not linear,
  // in the overdue time: a ticket a few minutes past its max wait barely slows the VIPs,
  // the longest waits (the personal p99) are pulled in hard. At a 25 % VIP share the linear
  // guard could not hold both goals; this one does (docs/policy.md).
  const overdueMin = lane ? Math.max(0, (ctx.now - ticket.issuedAt) / MINUTE - lane.maxWaitMin) : 0;
  const overdueShare = lane ? overdueMin / lane.maxWaitMin : 0;
  // Guard = overdueCatchUp × (heaviest weight − own) × overdue²/max wait: one max wait past,
  // as much as ageing at that share of the gap would have added, and growing faster after.
  // 0.25 shipped, tuned by bench/src/policy/policy-sweep.ts.
  const guard = overdueMin * overdueShare * Math.max(0, ctx.maxLaneWeight - weight) * ctx.config.policy.overdueCatchUp;
  return waitedMin * weight + guard + groupBonus + tierBonus + appointmentBonus + laneBonus;
}

/** Issue order: time first, then the ticket's own number sequence as a tie-break. */
function byIssueOrder(a: Ticket, b: Ticket): number {
  return a.issuedAt - b.issuedAt || a.enqueuedAt - b.enqueuedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export type TicketComparator = (a: Ticket, b: Ticket) => number;

/** Negative when `a` is called before `b` at this counter; `score` is the accumulated priority (cached by callers that sort). */
function compareTickets(
  a: Ticket,
  b: Ticket,
  counter: CounterRuntime,
  ctx: DispatchContext,
  policy: DispatchPolicyName,
  score: (t: Ticket) => number,
): number {
  const ta = isTierOne(a, counter);
  const tb = isTierOne(b, counter);
  if (ta !== tb) return ta ? -1 : 1;
  if (ta) {
    // Pinned tickets before front-of-lane ones: the counter promised them.
    const pa = a.pinnedCounterId === counter.id;
    const pb = b.pinnedCounterId === counter.id;
    if (pa !== pb) return pa ? -1 : 1;
    return byIssueOrder(a, b);
  }
  switch (policy) {
    case 'accumulated':
      return score(b) - score(a) || byIssueOrder(a, b);
    case 'strict': {
      const wa = ctx.lanesById.get(a.laneId)?.weight ?? 1;
      const wb = ctx.lanesById.get(b.laneId)?.weight ?? 1;
      return wb - wa || byIssueOrder(a, b);
    }
    case 'fifo':
    case 'dedicated':
      return a.enqueuedAt - b.enqueuedAt || byIssueOrder(a, b);
  }
}

/** Negative when `a` is called before `b` at this counter. */
export function comparatorFor(
  counter: CounterRuntime,
  ctx: DispatchContext,
  policy: DispatchPolicyName,
): TicketComparator {
  const scores = new Map<string, number>();
  const score = (t: Ticket): number => {
    let s = scores.get(t.id);
    if (s === undefined) {
      s = accumulatedPriority(t, counter, ctx);
      scores.set(t.id, s);
    }
    return s;
  };
  return (a, b) => compareTickets(a, b, counter, ctx, policy, score);
}

/**
 * The one ticket of `candidates` this counter calls first at `ctx.now` (the comparator of
 * `comparatorFor`, without its cache: for a handful of candidates, as the wait forecast
 * asks thousands of times).
 */
export function firstOf(
  candidates: readonly Ticket[],
  counter: CounterRuntime,
  ctx: DispatchContext,
  policy: DispatchPolicyName,
): Ticket | null {
  let best: Ticket | null = null;
  let bestScore = 0;
  for (const t of candidates) {
    const s = policy === 'accumulated' ? accumulatedPriority(t, counter, ctx) : 0;
    if (best === null || compareTickets(t, best, counter, ctx, policy, (x) => (x === t ? s : bestScore)) < 0) {
      best = t;
      bestScore = s;
    }
  }
  return best;
}

/**
 * A key that orders two ordinary (not pinned, not front) tickets of the SAME lane as every
 * counter's comparator does, at any time: higher first, ties by issue order. Within a lane
 * the weight, the lane bonus and the clock are common to both, so only the entry time and
 * the head starts differ. The one exception is the max-wait guard, which lets an older
 * ticket catch up on a younger one with a bigger head start; the forecast's replay checks
 * the front few of a lane with the real comparator for that.
 */
export function withinLaneKey(ticket: Ticket, ctx: DispatchContext, policy: DispatchPolicyName): number {
  switch (policy) {
    case 'accumulated': {
      const weight = ctx.lanesById.get(ticket.laneId)?.weight ?? 1;
      const groupBonus = ticket.priorityGroupId ? (ctx.groupHeadStart.get(ticket.priorityGroupId) ?? 0) : 0;
      const tierBonus = ticket.vipTierId ? (ctx.tierHeadStart.get(ticket.vipTierId) ?? 0) : 0;
      const appointmentBonus = ticket.appointment?.onTime ? ctx.appointmentHeadStart : 0;
      return (-weight * ticket.enqueuedAt) / MINUTE + groupBonus + tierBonus + appointmentBonus;
    }
    case 'strict':
      return -ticket.issuedAt;
    case 'fifo':
    case 'dedicated':
      return -ticket.enqueuedAt;
  }
}

/** Issue order, for ties of `withinLaneKey`. */
export { byIssueOrder };

export function isTierOneAnywhere(ticket: Ticket): boolean {
  return ticket.front || ticket.pinnedCounterId !== null;
}

/**
 * Waiting tickets of this counter's queue in dispatch order, phone tickets not yet activated
 * included: they hold their place (and their customers see it), but are never called.
 */
export function rankQueue(state: EngineState, counterId: string, now: number): Ticket[] {
  const counter = state.counters.get(counterId);
  if (!counter) return [];
  const ctx = dispatchContext(state.config, now);
  const out: Ticket[] = [];
  for (const t of state.tickets.open.values()) if (isEligible(t, counter, state.dispatch)) out.push(t);
  return out.sort(comparatorFor(counter, ctx, state.dispatch));
}

/** Waiting tickets this counter may call, in the order it would call them. */
export function rankCandidates(state: EngineState, counterId: string, now: number): Ticket[] {
  return rankQueue(state, counterId, now).filter(isActivated);
}

/** Phone tickets a counter calling now would pass over: those not activated, ranked before the first callable one. */
export function passedOver(ranked: readonly Ticket[]): Ticket[] {
  const out: Ticket[] = [];
  for (const t of ranked) {
    if (isActivated(t)) break;
    out.push(t);
  }
  return out;
}
