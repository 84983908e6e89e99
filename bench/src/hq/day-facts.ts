import type { BranchConfig, HqFactBody, HqQueueFact } from '@lobby/shared';
import { createInitialState, laneStats } from '../../../server/src/engine/index.ts';
import type { EngineEvent } from '../../../server/src/engine/index.ts';
import { toStaffEvent } from '../../../server/src/queue/staff-event.ts';
import { projectProfile, projectQueueEvent } from '../../../server/src/features/replication/project-fact.ts';
import { drawDay } from '../sim/customers.ts';
import { DayDriver } from '../sim/day-driver.ts';
import { referenceDay } from '../sim/reference-day.ts';
import { streamFor } from '../sim/rng.ts';
import { simBranchConfig, simDayStart, SIM_DATE } from '../sim/sim-config.ts';

/**
 * Realistic branch days for the head-office bench: the simulator's reference day (the real
 * engine, its real events), every event turned into the staff wire event the branch logs and
 * projected by the branch's own replication projection — so head office gets exactly the
 * shapes a branch sends. Customers rate 60 % of served tickets (the evaluator's event).
 */
export interface DayTemplate {
  /** The branch profile first, then one fact per event-log row, in order. */
  facts: HqFactBody[];
  dayStart: number;
  date: string;
  config: BranchConfig;
}

const RATED_SHARE = 0.6;

export function simulateDayFacts(seed: number): DayTemplate {
  const scenario = referenceDay({ counters: 7, noShowProb: 0.05 });
  const config = simBranchConfig(scenario);
  const dayStart = simDayStart(scenario);
  const draw = drawDay(scenario, seed, 0);
  const rng = streamFor(seed, 1, 'oracle');
  const ratings = new Map<string, { attitude: number; efficiency: number }>();
  const facts: HqFactBody[] = [projectProfile(config, null, dayStart - 60_000)];
  let seq = 0;
  const lookups = {
    staffNo: (id: string | null) => (id?.startsWith('teller-') ? `10${id.slice(7)}` : null),
    rating: (id: string) => ratings.get(id) ?? null,
    ticketNumber: () => null,
  };
  const driver: DayDriver = new DayDriver(
    scenario,
    config,
    dayStart,
    createInitialState(config, dayStart, 'accumulated'),
    0,
    DayDriver.freshTellers(scenario),
    {
      decided(cmd, state, events, now) {
        const all: EngineEvent[] = [...events];
        if (cmd.type === 'ticket:finish') {
          const done = events.find((e) => e.type === 'ticket:finished');
          const id = done?.ticketIds[0];
          if (id && rng.uniform() < RATED_SHARE) {
            const attitude = rng.uniform() < 0.8 ? 5 : 4;
            ratings.set(id, { attitude, efficiency: rng.uniform() < 0.7 ? 5 : 4 });
            all.push({ ...done, type: 'rating:recorded', at: now + 20_000, actorId: null, reason: null });
          }
        }
        const lanes = laneStats(state, now, null);
        for (const e of all)
          facts.push(wholeMs(projectQueueEvent(toStaffEvent(e, ++seq, state, lanes), config, lookups)));
      },
    },
  );
  for (const c of draw.customers) driver.queue.push(c.arrivalMin, { kind: 'arrival', customer: c });
  driver.pushShifts(0);
  driver.run();
  driver.exec({ type: 'day:close', actorId: 'sim', reason: 'simulated day over' });
  return { facts, dayStart, date: SIM_DATE, config };
}

const DAY_MS = 86_400_000;

/** The simulator's clock runs in fractions of a minute; a branch's in whole milliseconds. */
function wholeMs(f: HqQueueFact): HqQueueFact {
  const r = (v: number | null) => (v === null ? null : Math.round(v));
  return {
    ...f,
    at: Math.round(f.at),
    lanes: f.lanes.map((l) => ({ ...l, longestWaitMs: Math.round(l.longestWaitMs) })),
    tickets: f.tickets.map((t) => ({
      ...t,
      issuedAt: Math.round(t.issuedAt),
      firstCalledAt: r(t.firstCalledAt),
      calledAt: r(t.calledAt),
      startedAt: r(t.startedAt),
      finishedAt: r(t.finishedAt),
    })),
    counter: f.counter ? { ...f.counter, idleSince: r(f.counter.idleSince) } : null,
  };
}

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A template day as branch `branchId` lived it `dayOffset` days later: its ticket ids made
 * the branch's own, its dates and times moved on. Queue facts keep their event shapes.
 */
export function shiftFact(f: HqFactBody, branchId: string, dayOffset: number, baseDate: string): HqFactBody {
  const ms = dayOffset * DAY_MS;
  const date = addDays(baseDate, dayOffset);
  const t = (v: number | null) => (v === null ? null : v + ms);
  if (f.kind !== 'queue') return { ...f, at: f.at + ms } as HqFactBody;
  const q: HqQueueFact = {
    ...f,
    at: f.at + ms,
    businessDate: date,
    tickets: f.tickets.map((k) => ({
      ...k,
      id: `${branchId}.${dayOffset}.${k.id}`,
      businessDate: date,
      issuedAt: k.issuedAt + ms,
      firstCalledAt: t(k.firstCalledAt),
      calledAt: t(k.calledAt),
      startedAt: t(k.startedAt),
      finishedAt: t(k.finishedAt),
    })),
    counter: f.counter ? { ...f.counter, idleSince: t(f.counter.idleSince) } : null,
    rating: f.rating ? { ...f.rating, ticketId: `${branchId}.${dayOffset}.${f.rating.ticketId}` } : null,
  };
  return q;
}
