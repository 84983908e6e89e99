import { ticketIdOf, DayDriver, type SimEvent, type Teller } from './day-driver.ts';
import { simulateDay, waitOf, type TicketRecord } from './branch-day.ts';
import { drawDay, type Customer } from './customers.ts';
import { TicketBook, type EngineState } from '../../../server/src/engine/index.ts';
import { thinnedArrivals } from './arrivals.ts';
import { sampleRemainingService, sampleService } from './distributions.ts';
import { streamFor, type RandomStream } from './rng.ts';
import { isBookableLane, type Scenario } from './scenario.ts';
import { simBranchConfig, simDayStart } from './sim-config.ts';
import type { BranchConfig, LaneKind } from '@lobby/shared';
import { mostLikelyHit, SCORED_MIN_WAIT as P5_MIN_WAIT } from '../../../server/src/engine/estimate/wait-summary.ts';
import type { ArrivalProfile } from '../../../server/src/engine/estimate/arrival-profile.ts';
import type { ForecastOptions } from '../../../server/src/engine/estimate/forecast.ts';

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

export interface HallSnapshot {
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
  day: number;
  /** The printed point of the same ticket. */
  printedMin: number;
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
  /** The printer's forecast and learned profile, as in the accuracy runs (for the printed point beside the bound). */
  estimator?: { options?: ForecastOptions; profile: ArrivalProfile | null };
}

/**
 * The bound's point for one ticket: the one most of its replays accept, counted over the
 * replays whose wait exceeds 5 minutes (the scored subset P5 is judged on), as the printed
 * point is chosen (`printedPoint`, the same rule on the forecast's own samples).
 */
export function boundPoint(waits: readonly number[]): { point: number; share: number } {
  const scored = waits.filter((w) => w > P5_MIN_WAIT);
  const best = mostLikelyHit(scored.length > 0 ? scored : waits);
  return {
    point: best.point,
    share: (best.share * (scored.length > 0 ? scored.length : waits.length)) / Math.max(1, waits.length),
  };
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
    // Only a booking day draws it (the other days' replays keep their random sequence).
    booked: (scenario.bookedShare ?? 0) > 0 && isBookableLane(lane.kind) && rng.uniform() < (scenario.bookedShare ?? 0),
  };
}

/** The day being replayed: what every replay of it shares. */
interface ReplayDay {
  scenario: Scenario;
  config: BranchConfig;
  dayStart: number;
  multiplier: number;
}

/**
 * The hall without its finished tickets: nothing the engine decides from here on reads them
 * (it calls from the waiting ones, numbers from the lanes' counters), so each replay's state
 * starts small and a continuation from midday allocates less.
 */
function openTicketsOnly(state: EngineState): EngineState {
  return { ...state, tickets: TicketBook.of(state.tickets.open.values()) };
}

/** One replay of the rest of the day from the snapshot: minutes until the ticket is first called. */
function replayWait(
  { scenario, config, dayStart, multiplier }: ReplayDay,
  snap: HallSnapshot,
  rng: RandomStream,
): number | null {
  const tellers = new Map(snap.tellers.map((t) => [t.counterId, { ...t, laneIds: [...t.laneIds] }]));
  let calledAt: number | null = null;
  const driver: DayDriver = new DayDriver(
    scenario,
    config,
    dayStart,
    openTicketsOnly(snap.state),
    snap.nowMin,
    tellers,
    {
      called: (id) => {
        if (id === snap.ticketId) calledAt ??= driver.nowMin;
      },
    },
  );
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

/** What the bound needs of a day: its snapshots at every issue, and how to replay from them. */
export interface BoundDay {
  scenario: Scenario;
  seed: number;
  rep: number;
  multiplier: number;
  snaps: Map<string, HallSnapshot>;
}

/** The hook that keeps a snapshot of the hall at every issue (pass to `simulateDay`). */
export function snapshotAtIssue(snaps: Map<string, HallSnapshot>): (driver: DayDriver, rec: TicketRecord) => void {
  return (driver, rec) => {
    snaps.set(rec.ticketId, {
      ticketId: rec.ticketId,
      nowMin: driver.nowMin,
      state: driver.state,
      tellers: [...driver.tellers.values()].map((t) => ({ ...t })),
      timers: driver.queue.pending().filter((e) => e.event.kind === 'recall' || e.event.kind === 'noShowDue'),
    });
  };
}

/**
 * The bound for the day's scored tickets (served, waited > `minWaitMin`), every `every`-th
 * of them in issue order (a rule blind to how good the printed figure was): `replays`
 * continuations of the day from its issue snapshot, the bound's point from them.
 */
export function boundSamples(
  day: BoundDay,
  records: readonly TicketRecord[],
  o: { replays: number; minWaitMin: number; every: number },
): OracleSample[] {
  const rng = streamFor(day.seed, day.rep, 'oracle');
  const replayDay: ReplayDay = {
    scenario: day.scenario,
    config: simBranchConfig(day.scenario),
    dayStart: simDayStart(day.scenario),
    multiplier: day.multiplier,
  };
  const out: OracleSample[] = [];
  let scored = 0;
  for (const r of records) {
    const w = waitOf(r);
    const snap = day.snaps.get(ticketIdOf(r.customer));
    if (!r.measured || r.outcome !== 'served' || w === null || w <= o.minWaitMin || !snap) continue;
    if (r.printedMin === null) continue;
    if (scored++ % o.every !== 0) continue;
    const waits: number[] = [];
    for (let k = 0; k < o.replays; k++) {
      const x = replayWait(replayDay, snap, rng);
      if (x !== null) waits.push(x);
    }
    if (waits.length === 0) continue;
    const best = boundPoint(waits);
    out.push({
      day: day.rep,
      laneKind: r.laneKind,
      waitMin: w,
      printedMin: r.printedMin,
      oracleMin: best.point,
      oracleConfidence: best.share,
      rank: waits.filter((x) => x < w).length / waits.length,
    });
  }
  return out;
}

/** Days [from, to) of the scenario under our policy: each long-waiting ticket's bound next to its printed point. */
export function oracleSamples(scenario: Scenario, o: OracleOptions, from: number, to: number): OracleSample[] {
  const out: OracleSample[] = [];
  for (let rep = from; rep < to; rep++) {
    const draw = drawDay(scenario, o.seed, rep);
    const snaps = new Map<string, HallSnapshot>();
    const run = simulateDay(scenario, draw, {
      dispatch: 'accumulated',
      estimates: true,
      estimator: o.estimator,
      onIssued: snapshotAtIssue(snaps),
    });
    out.push(
      ...boundSamples({ scenario, seed: o.seed, rep, multiplier: draw.multiplier, snaps }, run.records, {
        replays: o.replays,
        minWaitMin: o.minWaitMin,
        every: 1,
      }),
    );
  }
  return out;
}
