import { ticketIdOf, DayDriver, type SimEvent, type Teller } from './day-driver.ts';
import { simulateDay, waitOf } from './branch-day.ts';
import { drawDay, type Customer } from './customers.ts';
import type { EngineState } from '../../../server/src/engine/index.ts';
import { thinnedArrivals } from './arrivals.ts';
import { sampleRemainingService, sampleService } from './distributions.ts';
import { streamFor, type RandomStream } from './rng.ts';
import type { Scenario } from './scenario.ts';
import { simBranchConfig, simDayStart } from './sim-config.ts';
import type { BranchConfig, LaneKind } from '@lobby/shared';

/**
 * What could any estimator promise? P5's goal is only reachable if the waits are that
 * predictable at all. The oracle knows everything a ticket printer could ever know at the
 * moment of issue, and more: the hall as it is (who waits, who is served since when, who is
 * on a break and until when), the true service laws and today's true arrival rate. It then
 * replays the rest of the day many times on the real engine, each time with fresh service
 * times (the ones under way conditioned on what they have already lasted) and fresh
 * arrivals, and prints the point most likely to fall within ±(25 % + 2 min) of the wait.
 * Its hit rate on the waits that really happened bounds every estimator from above
 * (up to the sampling noise of its own replays).
 */
const MINUTE = 60_000;
/** Customers drawn for the replays get indices far above any real one, so ids never collide. */
const FRESH_INDEX = 1_000_000;

interface HallSnapshot {
  ticketId: string;
  nowMin: number;
  state: EngineState;
  tellers: Teller[];
  /** Recall / no-show timers under way (absent customers), kept as they are. */
  timers: { at: number; event: SimEvent }[];
}

export interface OracleSample {
  laneKind: LaneKind;
  waitMin: number;
  /** The printed estimate (middle of the printed range) of the same ticket. */
  printedMidMin: number;
  oracleMin: number;
  /** Share of the oracle's own replays within tolerance of its point: its expected hit rate. */
  oracleConfidence: number;
  /** Share of the replays that waited less than the real wait: uniform if the replays are faithful. */
  rank: number;
}

export interface OracleOptions {
  seed: number;
  /** Replays per ticket. */
  replays: number;
  /** Only tickets that waited longer than this are worth the replays (P5 looks at > 5 min). */
  minWaitMin: number;
}

/** The point e that the most sampled waits w accept: |e − w| ≤ 0.25·w + 2, i.e. e ∈ [0.75w − 2, 1.25w + 2]. */
export function mostLikelyHit(waits: readonly number[]): { point: number; share: number } {
  const edges: { x: number; d: number }[] = [];
  for (const w of waits) edges.push({ x: 0.75 * w - 2, d: 1 }, { x: 1.25 * w + 2, d: -1 });
  // Openings before closings at the same x: the intervals are closed.
  edges.sort((a, b) => a.x - b.x || b.d - a.d);
  let open = 0;
  let best = -1;
  let point = 0;
  for (let i = 0; i < edges.length; i++) {
    open += edges[i]!.d;
    if (edges[i]!.d > 0 && open > best) {
      best = open;
      // Middle of the stretch where this many intervals overlap.
      point = (edges[i]!.x + (edges[i + 1]?.x ?? edges[i]!.x)) / 2;
    }
  }
  return { point: Math.max(0, point), share: waits.length ? best / waits.length : 0 };
}

function freshCustomer(
  rng: RandomStream,
  scenario: Scenario,
  index: number,
  arrivalMin: number,
  laneId?: string,
): Customer {
  const lane = laneId
    ? scenario.lanes.find((l) => l.id === laneId)!
    : scenario.lanes[rng.pick(scenario.lanes.map((l) => l.share))]!;
  return {
    index,
    arrivalMin,
    laneId: lane.id,
    serviceMin: sampleService(rng, lane.service),
    noShow: rng.uniform() < scenario.noShowProb,
    preloaded: false,
  };
}

/** The day being replayed: what every replay of it shares. */
interface ReplayDay {
  scenario: Scenario;
  config: BranchConfig;
  dayStart: number;
  multiplier: number;
}

/** One replay of the rest of the day from the snapshot: minutes until the ticket is first called. */
function replayWait(
  { scenario, config, dayStart, multiplier }: ReplayDay,
  snap: HallSnapshot,
  rng: RandomStream,
): number | null {
  const tellers = new Map(snap.tellers.map((t) => [t.counterId, { ...t, laneIds: [...t.laneIds] }]));
  let calledAt: number | null = null;
  const driver: DayDriver = new DayDriver(scenario, config, dayStart, snap.state, snap.nowMin, tellers, {
    called: (id) => {
      if (id === snap.ticketId) calledAt ??= driver.nowMin;
    },
  });
  let fresh = FRESH_INDEX;
  for (const t of snap.state.tickets.values()) {
    if (t.status === 'waiting')
      driver.customers.set(t.id, freshCustomer(rng, scenario, fresh++, snap.nowMin, t.laneId));
  }
  const laws = new Map(scenario.lanes.map((l) => [l.id, l.service]));
  for (const teller of tellers.values()) {
    const current = snap.state.counters.get(teller.counterId)?.currentTicketId;
    const ticket = current ? snap.state.tickets.get(current) : undefined;
    if (teller.status !== 'busy' || !ticket || ticket.status !== 'serving' || ticket.startedAt === null) continue;
    const elapsed = snap.nowMin - (ticket.startedAt - dayStart) / MINUTE;
    driver.queue.push(snap.nowMin + sampleRemainingService(rng, laws.get(ticket.laneId)!, elapsed), {
      kind: 'serviceEnd',
      counterId: teller.counterId,
    });
  }
  for (const timer of [...snap.timers].sort((a, b) => a.at - b.at)) driver.queue.push(timer.at, timer.event);
  // A Poisson future does not depend on the past: a fresh day's arrivals after now are a fresh future.
  for (const at of thinnedArrivals(rng, scenario.arrivals, multiplier)) {
    if (at > snap.nowMin)
      driver.queue.push(at, { kind: 'arrival', customer: freshCustomer(rng, scenario, fresh++, at) });
  }
  driver.pushShifts(snap.nowMin + 1e-9);
  // The snapshot is taken before idle tellers see the new ticket.
  driver.wakeIdle();
  driver.run(() => calledAt !== null);
  return calledAt === null ? null : calledAt - snap.nowMin;
}

/** Days [from, to) of the scenario under our policy: each long-waiting ticket's oracle estimate next to the printed one. */
export function oracleSamples(scenario: Scenario, o: OracleOptions, from: number, to: number): OracleSample[] {
  const out: OracleSample[] = [];
  for (let rep = from; rep < to; rep++) {
    const draw = drawDay(scenario, o.seed, rep);
    const snaps = new Map<string, HallSnapshot>();
    const run = simulateDay(scenario, draw, {
      dispatch: 'accumulated',
      estimates: true,
      onIssued: (driver, rec) => {
        snaps.set(rec.ticketId, {
          ticketId: rec.ticketId,
          nowMin: driver.nowMin,
          state: driver.state,
          tellers: [...driver.tellers.values()].map((t) => ({ ...t })),
          timers: driver.queue.pending().filter((e) => e.event.kind === 'recall' || e.event.kind === 'noShowDue'),
        });
      },
    });
    const rng = streamFor(o.seed, rep, 'oracle');
    const day: ReplayDay = {
      scenario,
      config: simBranchConfig(scenario),
      dayStart: simDayStart(scenario),
      multiplier: draw.multiplier,
    };
    for (const r of run.records) {
      const w = waitOf(r);
      const snap = snaps.get(ticketIdOf(r.customer));
      if (!r.measured || r.outcome !== 'served' || w === null || w <= o.minWaitMin || !snap) continue;
      if (r.printedLowMin === null || r.printedHighMin === null) continue;
      const waits: number[] = [];
      for (let k = 0; k < o.replays; k++) {
        const x = replayWait(day, snap, rng);
        if (x !== null) waits.push(x);
      }
      if (waits.length === 0) continue;
      const best = mostLikelyHit(waits);
      out.push({
        laneKind: r.laneKind,
        waitMin: w,
        printedMidMin: (r.printedLowMin + r.printedHighMin) / 2,
        oracleMin: best.point,
        oracleConfidence: best.share,
        rank: waits.filter((x) => x < w).length / waits.length,
      });
    }
  }
  return out;
}
