import { localTime, type HqFactBody, type HqQueueFact, type HqTicketFact } from '@lobby/shared';
import { contribution, MEASURE_COUNT, type TicketState } from '../rollups/measures.ts';

/**
 * Facts → the tickets' latest states and the rollup deltas they cause. Pure, and the ONE
 * fold: ingest runs it on each batch (with the states the tickets table holds), the
 * recomputation runs it on every raw event of a branch from nothing. Both therefore agree.
 */
export interface ParsedFact {
  epoch: number;
  seq: number;
  hash: string;
  body: HqFactBody;
}

export const ticketKey = (businessDate: string, ticketId: string) => `${businessDate}|${ticketId}`;

const MINUTE = 60_000;

export function nextTicketState(prev: TicketState | undefined, f: HqTicketFact, timeZone: string): TicketState {
  return {
    ticketId: f.id,
    businessDate: f.businessDate,
    hour:
      prev && prev.issuedAt === f.issuedAt ? prev.hour : Math.floor(localTime(f.issuedAt, timeZone).minuteOfDay / 60),
    laneId: f.laneId,
    businessTypeId: f.businessTypeId,
    number: f.number,
    status: f.status,
    outcome: f.outcome,
    issuedAt: f.issuedAt,
    calledAt: f.calledAt,
    startedAt: f.startedAt,
    finishedAt: f.finishedAt,
    counterId: f.counterId,
    // A day close lists tickets without a counter: who handled a ticket stays who handled it.
    tellerNo: f.tellerNo ?? prev?.tellerNo ?? null,
    transfers: f.transfers,
    targetWaitMs: f.targetWaitMin === null ? null : Math.round(f.targetWaitMin * MINUTE),
    targetServiceMs: f.targetServiceMin === null ? null : Math.round(f.targetServiceMin * MINUTE),
    attitude: prev?.attitude ?? null,
    efficiency: prev?.efficiency ?? null,
  };
}

/** Applies one queue fact's tickets and rating to the state map. */
export function applyQueueFact(states: Map<string, TicketState>, fact: HqQueueFact, timeZone: string): void {
  for (const t of fact.tickets) {
    const key = ticketKey(t.businessDate, t.id);
    states.set(key, nextTicketState(states.get(key), t, timeZone));
  }
  if (fact.rating) {
    const rated = fact.tickets.find((t) => t.id === fact.rating!.ticketId);
    const key = rated ? ticketKey(rated.businessDate, rated.id) : null;
    const s = key ? states.get(key) : undefined;
    if (key && s) states.set(key, { ...s, attitude: fact.rating.attitude, efficiency: fact.rating.efficiency });
  }
}

export const hourKey = (t: TicketState) => `${t.businessDate}|${t.hour}|${t.laneId}|${t.businessTypeId}`;
export const dayKey = (t: TicketState) => `${t.businessDate}|${t.laneId}|${t.businessTypeId}`;
export const tellerKey = (t: TicketState) => (t.tellerNo === null ? null : `${t.businessDate}|${t.tellerNo}`);

export interface RollupDeltas {
  hour: Map<string, number[]>;
  day: Map<string, number[]>;
  teller: Map<string, number[]>;
}

export function emptyDeltas(): RollupDeltas {
  return { hour: new Map(), day: new Map(), teller: new Map() };
}

function add(map: Map<string, number[]>, key: string | null, v: readonly number[], sign: 1 | -1): void {
  if (key === null) return;
  let row = map.get(key);
  if (!row) map.set(key, (row = new Array<number>(MEASURE_COUNT).fill(0)));
  for (let i = 0; i < MEASURE_COUNT; i++) row[i]! += sign * v[i]!;
}

/** Moves one ticket's contribution: its old state's out of its old groups, its new state's in. */
export function addTicketDelta(deltas: RollupDeltas, before: TicketState | undefined, after: TicketState): void {
  if (before) {
    const old = contribution(before);
    add(deltas.hour, hourKey(before), old, -1);
    add(deltas.day, dayKey(before), old, -1);
    add(deltas.teller, tellerKey(before), old, -1);
  }
  const now = contribution(after);
  add(deltas.hour, hourKey(after), now, 1);
  add(deltas.day, dayKey(after), now, 1);
  add(deltas.teller, tellerKey(after), now, 1);
}

/** Drops rows whose delta is all zero (a ticket that changed nothing the rollups count). */
export function nonZero(map: Map<string, number[]>): [string, number[]][] {
  return [...map].filter(([, v]) => v.some((x) => x !== 0));
}

/** The tickets a batch touches, to read their stored states first. */
export function touchedTickets(facts: readonly ParsedFact[]): { businessDate: string; ticketId: string }[] {
  const seen = new Map<string, { businessDate: string; ticketId: string }>();
  for (const f of facts) {
    if (f.body.kind !== 'queue') continue;
    for (const t of f.body.tickets)
      seen.set(ticketKey(t.businessDate, t.id), { businessDate: t.businessDate, ticketId: t.id });
  }
  return [...seen.values()];
}

export interface TicketFold {
  /** Latest state of every ticket the facts touched. */
  changed: Map<string, TicketState>;
  deltas: RollupDeltas;
}

/** Folds a batch over the stored states of its tickets. */
export function foldTickets(
  facts: readonly ParsedFact[],
  stored: ReadonlyMap<string, TicketState>,
  timeZone: string,
): TicketFold {
  const states = new Map<string, TicketState>();
  for (const f of facts) {
    if (f.body.kind !== 'queue') continue;
    for (const t of f.body.tickets) {
      const key = ticketKey(t.businessDate, t.id);
      if (!states.has(key)) {
        const s = stored.get(key);
        if (s) states.set(key, s);
      }
    }
    applyQueueFact(states, f.body, timeZone);
  }
  const deltas = emptyDeltas();
  for (const [key, after] of states) {
    const before = stored.get(key);
    if (before !== after) addTicketDelta(deltas, before, after);
  }
  return { changed: states, deltas };
}
