import { isActivated } from '@lobby/shared';
import { newWaitingTicket } from '../new-ticket.ts';
import {
  byIssueOrder,
  dispatchContext,
  firstOf,
  isEligible,
  isTierOneAnywhere,
  withinLaneKey,
  type DispatchContext,
} from '../policies/dispatch-order.ts';
import type { CounterRuntime, DispatchPolicyName, EngineState, Ticket } from '../types.ts';
import type { CounterWindows } from './counter-plan.ts';
import { nextArrivalMin } from './arrival-profile.ts';
import { remainingLognormal, type RandomStream } from './random.ts';
import type { LaneServiceModel } from './service-model.ts';

/**
 * One replay of the rest of the day: the real dispatch (the engine's comparator decides
 * every call), with counter times, no-shows, arrivals and the counters' plan drawn from
 * the forecast's models. Returns, for every target ticket, when it is called (minutes from
 * now; Infinity if not before the horizon) and how many of today's waiting tickets were
 * called before it.
 *
 * Fast by construction, so dozens of replays fit a few milliseconds: within one lane the
 * comparator's order is a fixed key (`withinLaneKey`), so each lane is a sorted list and a
 * freed counter compares only the front few of each lane it serves (the real comparator
 * settles the max-wait guard's catch-up there) plus the tickets pinned to it or put at the
 * front — never the whole queue.
 */
const MINUTE = 60_000;

/** Who arrives, per lane: the priority group / VIP tier mix seen today. */
export type ArrivalMix = ReadonlyMap<string, { groupId: string | null; tierId: string | null; share: number }[]>;

export interface ReplayModels {
  service: ReadonlyMap<string, LaneServiceModel>;
  /** Per-lane buckets of expected arrivals and the level today, or null to foresee no arrivals. */
  arrivals: {
    bucketMin: number;
    perLane: Record<string, number[]>;
    startMinuteOfDay: number;
    /** Arrivals stop here (the last ticket), minutes from now. */
    untilMin: number;
    mix: ArrivalMix;
  } | null;
}

export interface ReplayDraw {
  /** Per lane: a factor on the mean counter time (the error of the learned mean), 1 = none. */
  meanFactor: ReadonlyMap<string, number>;
  /** Today's arrival level for this replay. */
  level: number;
  /** Counter times at their mean, no no-shows (the deterministic baseline). */
  deterministic: boolean;
}

export interface ReplayInput {
  state: EngineState;
  now: number;
  counters: readonly CounterWindows[];
  /** Tickets to time: waiting tickets of the state and hypothetical probes (which take no counter time). */
  targets: readonly Ticket[];
  probeIds: ReadonlySet<string>;
  horizonMin: number;
}

export interface ReplayResult {
  calledAtMin: Float64Array;
  aheadReal: Int32Array;
  /** Calls the replay made (its cost). */
  calls: number;
}

interface LaneQueue {
  /** Sorted: first = called first at every counter of this lane (up to the guard). */
  tickets: Ticket[];
  keys: number[];
}

interface LiveCounter {
  counter: CounterRuntime;
  windows: { from: number; to: number }[];
  window: number;
  freeAt: number;
  order: number;
}

function insertSorted(q: LaneQueue, t: Ticket, key: number): void {
  let lo = 0;
  let hi = q.tickets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = q.keys[mid]!;
    if (k > key || (k === key && byIssueOrder(q.tickets[mid]!, t) < 0)) lo = mid + 1;
    else hi = mid;
  }
  q.tickets.splice(lo, 0, t);
  q.keys.splice(lo, 0, key);
}

function counterTime(rng: RandomStream, m: LaneServiceModel | undefined, factor: number, det: boolean): number {
  if (!m) return 5;
  if (det) return m.meanMin * factor;
  if (rng.uniform() < m.noShowProb) return m.noShowMin;
  return Math.exp(m.mu + m.sigma * rng.normal()) * factor;
}

/** The queues as they stand, sorted once per forecast; each replay works on copies. */
export interface PreparedQueues {
  lanes: Map<string, LaneQueue>;
  tierOne: Ticket[];
  targetIndex: Map<string, number>;
  base: DispatchContext;
}

export function prepareQueues(input: ReplayInput): PreparedQueues {
  const { state, now, targets, probeIds } = input;
  const base = dispatchContext(state.config, now);
  const lanes = new Map<string, LaneQueue>();
  for (const lane of state.config.lanes) lanes.set(lane.id, { tickets: [], keys: [] });
  const tierOne: Ticket[] = [];
  const entries: { t: Ticket; key: number }[] = [];
  const add = (t: Ticket) => {
    if (isTierOneAnywhere(t)) tierOne.push(t);
    else if (lanes.has(t.laneId)) entries.push({ t, key: withinLaneKey(t, base, state.dispatch) });
  };
  for (const t of state.tickets.open.values()) if (t.status === 'waiting' && !probeIds.has(t.id)) add(t);
  for (const t of targets) if (probeIds.has(t.id)) add(t);
  entries.sort((a, b) => b.key - a.key || byIssueOrder(a.t, b.t));
  for (const e of entries) {
    const q = lanes.get(e.t.laneId)!;
    q.tickets.push(e.t);
    q.keys.push(e.key);
  }
  const targetIndex = new Map<string, number>();
  targets.forEach((t, i) => targetIndex.set(t.id, i));
  return { lanes, tierOne, targetIndex, base };
}

export function replayDispatch(
  input: ReplayInput,
  models: ReplayModels,
  draw: ReplayDraw,
  rng: RandomStream,
  prepared: PreparedQueues = prepareQueues(input),
): ReplayResult {
  const { state, now, targets, probeIds, horizonMin } = input;
  const policy: DispatchPolicyName = state.dispatch;
  const { base, targetIndex } = prepared;
  const n = targets.length;
  const calledAtMin = new Float64Array(n).fill(Infinity);
  const aheadReal = new Int32Array(n);
  let remaining = n;

  const lanes = new Map<string, LaneQueue>();
  for (const [id, q] of prepared.lanes) lanes.set(id, { tickets: q.tickets.slice(), keys: q.keys.slice() });
  const tierOne = prepared.tierOne.slice();
  const add = (t: Ticket) => {
    if (isTierOneAnywhere(t)) tierOne.push(t);
    else {
      const q = lanes.get(t.laneId);
      if (q) insertSorted(q, t, withinLaneKey(t, base, policy));
    }
  };

  // Counters: busy ones free when their customer's remaining time is up.
  const live: LiveCounter[] = input.counters.map((cw, order) => {
    let freeAt = Math.max(0, cw.windows[0]!.from);
    const current = cw.currentTicketId ? state.tickets.get(cw.currentTicketId) : undefined;
    const calledAt = current ? (current.firstCalledAt ?? current.calledAt) : null;
    if (current && calledAt !== null) {
      const m = models.service.get(current.laneId);
      const elapsed = Math.max(0, now - calledAt) / MINUTE;
      const f = draw.meanFactor.get(current.laneId) ?? 1;
      freeAt = !m
        ? 0
        : draw.deterministic
          ? Math.max(m.meanMin * f - elapsed, m.meanMin * f * 0.25)
          : remainingLognormal(rng, m.mu + Math.log(f), m.sigma, elapsed);
    }
    return { counter: cw.counter, windows: cw.windows, window: 0, freeAt, order };
  });

  // Arrivals: the next one per lane, drawn lazily.
  const arr = models.arrivals;
  const nextArrival = new Map<string, number>();
  const drawNext = (laneId: string, from: number) => {
    const buckets = arr?.perLane[laneId];
    nextArrival.set(
      laneId,
      arr && buckets && !draw.deterministic
        ? nextArrivalMin(
            rng,
            buckets,
            arr.bucketMin,
            draw.level,
            arr.startMinuteOfDay,
            from,
            Math.min(arr.untilMin, horizonMin),
          )
        : Infinity,
    );
  };
  for (const lane of state.config.lanes) drawNext(lane.id, 0);
  let arrivalSeq = 0;
  const admitUntil = (t: number) => {
    for (const [laneId, at] of nextArrival) {
      let a = at;
      while (a <= t) {
        const mix = arr?.mix.get(laneId);
        const who = mix && mix.length > 0 ? mix[rng.pick(mix.map((m) => m.share))]! : null;
        add(
          newWaitingTicket({
            // Sorts after every real id (ties go to the ticket already there).
            id: `\uffff-arrival-${arrivalSeq++}`,
            token: '',
            number: '',
            laneId,
            businessTypeId: '',
            businessDate: state.businessDate,
            channel: 'kiosk',
            issuedAt: now + a * MINUTE,
            priorityGroupId: who?.groupId ?? null,
            vipTierId: who?.tierId ?? null,
          }),
        );
        drawNext(laneId, a);
        a = nextArrival.get(laneId)!;
      }
    }
  };

  let realCalled = 0;
  let calls = 0;
  const candidates: Ticket[] = [];
  while (remaining > 0 && live.length > 0) {
    let ci = 0;
    for (let i = 1; i < live.length; i++) {
      const a = live[i]!;
      const b = live[ci]!;
      if (a.freeAt < b.freeAt || (a.freeAt === b.freeAt && a.order < b.order)) ci = i;
    }
    const c = live[ci]!;
    const t = c.freeAt;
    if (t >= horizonMin) break;
    const win = c.windows[c.window]!;
    if (t >= win.to) {
      c.window += 1;
      const next = c.windows[c.window];
      if (!next) live.splice(ci, 1);
      else c.freeAt = Math.max(t, next.from);
      continue;
    }
    admitUntil(t);
    candidates.length = 0;
    for (const x of tierOne) if (isEligible(x, c.counter, policy)) candidates.push(x);
    for (const laneId of c.counter.laneIds) {
      if (policy === 'dedicated' && laneId !== c.counter.laneIds[0]) continue;
      const q = lanes.get(laneId);
      if (!q) continue;
      const first = q.tickets[0];
      if (!first) continue;
      candidates.push(first);
      // The guard ages by time since issue: only an older-issued runner-up can catch up on the front.
      const second = q.tickets[1];
      if (second && second.issuedAt < first.issuedAt) candidates.push(second);
    }
    const ctx: DispatchContext = { ...base, now: now + t * MINUTE };
    const best = candidates.length > 0 ? firstOf(candidates, c.counter, ctx, policy) : null;
    if (!best) {
      // Idle until something it can serve arrives, or its window ends.
      let nextAt = Infinity;
      for (const laneId of c.counter.laneIds) nextAt = Math.min(nextAt, nextArrival.get(laneId) ?? Infinity);
      if (nextAt === Infinity && c.window === c.windows.length - 1) {
        live.splice(ci, 1);
        continue;
      }
      c.freeAt = Math.min(Math.max(nextAt, t), win.to);
      continue;
    }
    calls += 1;
    // Take it out of its queue.
    const ti = tierOne.indexOf(best);
    if (ti >= 0) tierOne.splice(ti, 1);
    else {
      const q = lanes.get(best.laneId)!;
      const at = q.tickets.indexOf(best);
      q.tickets.splice(at, 1);
      q.keys.splice(at, 1);
    }
    const idx = targetIndex.get(best.id);
    if (idx !== undefined) {
      calledAtMin[idx] = t;
      aheadReal[idx] = realCalled;
      remaining -= 1;
    }
    const real = !best.id.startsWith('\uffff');
    if (real) realCalled += 1;
    // A probe, or a phone ticket whose customer has not checked in: it holds its place (its
    // turn is timed, it counts as ahead of those after it) but the counter passes over it.
    if (probeIds.has(best.id) || !isActivated(best)) continue;
    c.freeAt =
      t + counterTime(rng, models.service.get(best.laneId), draw.meanFactor.get(best.laneId) ?? 1, draw.deterministic);
  }
  return { calledAtMin, aheadReal, calls };
}
