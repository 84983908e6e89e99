import type { LaneKind } from '@lobby/shared';
import { createInitialState, decide, positionOf } from '../../../server/src/engine/index.ts';
import type { DispatchPolicyName, EngineCommand, EngineState } from '../../../server/src/engine/index.ts';
import type { Customer, DayDraw } from './customers.ts';
import { EventQueue } from './event-queue.ts';
import type { Scenario } from './scenario.ts';
import { simBranchConfig, simDayStart, type PolicyTuning } from './sim-config.ts';

/**
 * One branch day on the real engine with a virtual clock. Customers arrive and take a
 * ticket (`ticket:issue`); tellers work their shifts (`counter:signOn` / `counter:open` /
 * `counter:close`) and call the next ticket (`counter:callNext`) the moment they are free;
 * an absent customer is recalled once and marked no-show when the grace runs out. The
 * engine alone decides who is called, so the figures measure the policy we ship.
 */
const MINUTE = 60_000;
const ACTOR = 'sim';

export interface TicketRecord {
  ticketId: string;
  customer: Customer;
  laneKind: LaneKind;
  /** Issued after the warm-up: counts in the statistics. */
  measured: boolean;
  /** Minutes from the opening. */
  issuedMin: number;
  firstCalledMin: number | null;
  outcome: 'served' | 'no_show' | 'closed';
  /** What the kiosk printed (engine `positionOf`), and the baselines at the same instant. */
  ahead: number | null;
  printedLowMin: number | null;
  printedHighMin: number | null;
  lesMin: number | null;
  naiveMin: number | null;
}

export interface DayRun {
  records: TicketRecord[];
  commands: number;
  finalState: EngineState;
}

export interface DayOptions {
  dispatch: DispatchPolicyName;
  tuning?: PolicyTuning;
  /** Record the printed estimate of each ticket (costs one `positionOf` per issue). */
  estimates?: boolean;
}

type SimEvent =
  | { kind: 'arrival'; customer: Customer }
  | { kind: 'shiftStart'; counterId: string }
  | { kind: 'shiftEnd'; counterId: string }
  | { kind: 'serviceEnd'; counterId: string }
  | { kind: 'recall'; counterId: string }
  | { kind: 'noShowDue'; counterId: string };

interface Teller {
  counterId: string;
  status: 'off' | 'idle' | 'busy';
  signedOn: boolean;
  leaving: boolean;
  idleSinceMin: number;
  /** Lanes the counter serves (for the naive estimator). */
  laneIds: string[];
}

export class EngineRefusal extends Error {}

export function simulateDay(scenario: Scenario, draw: DayDraw, options: DayOptions): DayRun {
  const config = simBranchConfig(scenario, options.tuning);
  const dayStart = simDayStart(scenario);
  const graceMin = config.policy.noShowGraceSec / 60;
  const laneKind = new Map(scenario.lanes.map((l) => [l.id, l.kind]));
  const laneMean = new Map(scenario.lanes.map((l) => [l.id, l.service.meanMin]));
  const laneTier = new Map(scenario.lanes.map((l) => [l.id, l.vipTierId ?? null]));
  let state = createInitialState(config, dayStart, options.dispatch);
  let nowMin = 0;
  let commands = 0;

  /** Apply a command; QUEUE_EMPTY is the only refusal a correct driver expects. */
  const exec = (cmd: EngineCommand): boolean => {
    commands += 1;
    const res = decide(state, cmd, dayStart + nowMin * MINUTE);
    if (res.ok) {
      state = res.state;
      return true;
    }
    if (res.code === 'QUEUE_EMPTY') return false;
    throw new EngineRefusal(`${cmd.type} refused at minute ${nowMin.toFixed(2)}: ${res.code} ${res.message ?? ''}`);
  };

  const queue = new EventQueue<SimEvent>();
  const records = new Map<string, TicketRecord>();
  const tellers = new Map<string, Teller>(
    scenario.counters.map((c) => [c.id, { counterId: c.id, status: 'off', signedOn: false, leaving: false, idleSinceMin: 0, laneIds: c.laneIds }]),
  );
  const lastServiceEntryWait = new Map<string, number>();

  for (const c of draw.customers) queue.push(c.arrivalMin, { kind: 'arrival', customer: c });
  for (const c of scenario.counters) {
    for (const s of c.shifts) {
      queue.push(s.fromMin, { kind: 'shiftStart', counterId: c.id });
      if (Number.isFinite(s.toMin)) queue.push(s.toMin, { kind: 'shiftEnd', counterId: c.id });
    }
  }

  const callNext = (teller: Teller): void => {
    if (teller.status !== 'idle') return;
    if (!exec({ type: 'counter:callNext', actorId: ACTOR, counterId: teller.counterId })) return;
    const ticketId = state.counters.get(teller.counterId)?.currentTicketId;
    const rec = ticketId ? records.get(ticketId) : undefined;
    if (!rec) throw new Error(`callNext on ${teller.counterId} left no current ticket`);
    teller.status = 'busy';
    rec.firstCalledMin ??= nowMin;
    if (rec.customer.noShow) {
      if (config.policy.recallLimit > 0) queue.push(nowMin + graceMin / 2, { kind: 'recall', counterId: teller.counterId });
      queue.push(nowMin + graceMin, { kind: 'noShowDue', counterId: teller.counterId });
      return;
    }
    exec({ type: 'ticket:start', actorId: ACTOR, counterId: teller.counterId });
    lastServiceEntryWait.set(rec.customer.laneId, nowMin - rec.issuedMin);
    queue.push(nowMin + rec.customer.serviceMin, { kind: 'serviceEnd', counterId: teller.counterId });
  };

  const becomeFree = (teller: Teller): void => {
    if (teller.leaving) {
      exec({ type: 'counter:close', actorId: ACTOR, counterId: teller.counterId, reason: 'lunch / end of shift' });
      teller.status = 'off';
      teller.leaving = false;
      return;
    }
    teller.status = 'idle';
    teller.idleSinceMin = nowMin;
    callNext(teller);
  };

  /** The naive baseline: people waiting in the lane × mean service ÷ open counters serving it. */
  const naiveEstimate = (laneId: string, waitingAhead: number): number | null => {
    let open = 0;
    for (const t of tellers.values()) if (t.status !== 'off' && t.laneIds.includes(laneId)) open += 1;
    return open > 0 ? ((waitingAhead + 1) * (laneMean.get(laneId) ?? 5)) / open : null;
  };

  const arrive = (c: Customer): void => {
    // Zero-padded so equal issue times (the preloaded hall) tie-break in index order.
    const ticketId = `T${String(c.index).padStart(6, '0')}`;
    let waitingInLane = 0;
    if (options.estimates) for (const t of state.tickets.values()) if (t.laneId === c.laneId && t.status === 'waiting') waitingInLane += 1;
    exec({
      type: 'ticket:issue',
      actorId: ACTOR,
      ticketId,
      token: `tok-${c.index}`,
      laneId: c.laneId,
      businessTypeId: `bt-${c.laneId}`,
      priorityGroupId: null,
      vipTierId: laneTier.get(c.laneId) ?? null,
      channel: 'kiosk',
    });
    const rec: TicketRecord = {
      ticketId,
      customer: c,
      laneKind: laneKind.get(c.laneId) ?? 'personal',
      measured: !c.preloaded && c.arrivalMin >= scenario.warmupMin,
      issuedMin: nowMin,
      firstCalledMin: null,
      outcome: 'closed',
      ahead: null,
      printedLowMin: null,
      printedHighMin: null,
      lesMin: null,
      naiveMin: null,
    };
    if (options.estimates) {
      const pos = positionOf(state, ticketId, dayStart + nowMin * MINUTE);
      rec.ahead = pos.ahead;
      rec.printedLowMin = pos.estimate?.lowMin ?? null;
      rec.printedHighMin = pos.estimate?.highMin ?? null;
      rec.lesMin = lastServiceEntryWait.get(c.laneId) ?? 0;
      rec.naiveMin = naiveEstimate(c.laneId, waitingInLane);
    }
    records.set(ticketId, rec);
    // The teller idle longest gets the customer, as in a hall where the free window calls.
    const idle = [...tellers.values()].filter((t) => t.status === 'idle').sort((a, b) => a.idleSinceMin - b.idleSinceMin);
    for (const t of idle) {
      callNext(t);
      if (t.status === 'busy') break;
    }
  };

  for (let ev = queue.pop(); ev; ev = queue.pop()) {
    nowMin = ev.at;
    const e = ev.event;
    if (e.kind === 'arrival') {
      arrive(e.customer);
      continue;
    }
    const teller = tellers.get(e.counterId)!;
    switch (e.kind) {
      case 'shiftStart':
        // Still with the customer from before the break: the break is simply skipped.
        if (teller.status === 'busy') {
          teller.leaving = false;
          break;
        }
        if (teller.signedOn) exec({ type: 'counter:open', actorId: ACTOR, counterId: teller.counterId, reason: 'shift' });
        else exec({ type: 'counter:signOn', actorId: ACTOR, counterId: teller.counterId, tellerId: `teller-${teller.counterId}`, tellerName: teller.counterId });
        teller.signedOn = true;
        teller.status = 'idle';
        teller.leaving = false;
        teller.idleSinceMin = nowMin;
        callNext(teller);
        break;
      case 'shiftEnd':
        if (teller.status === 'idle') {
          exec({ type: 'counter:close', actorId: ACTOR, counterId: teller.counterId, reason: 'lunch / end of shift' });
          teller.status = 'off';
        } else if (teller.status === 'busy') teller.leaving = true;
        break;
      case 'serviceEnd':
        exec({ type: 'ticket:finish', actorId: ACTOR, counterId: teller.counterId, outcome: 'served', servedBusinessTypeIds: [] });
        becomeFree(teller);
        break;
      case 'recall':
        exec({ type: 'ticket:recall', actorId: ACTOR, counterId: teller.counterId });
        break;
      case 'noShowDue':
        exec({ type: 'ticket:markNoShow', actorId: ACTOR, counterId: teller.counterId });
        becomeFree(teller);
        break;
    }
  }

  // Whoever no counter could serve ends with the day close, as in the real branch.
  if ([...state.tickets.values()].some((t) => t.status === 'waiting' || t.status === 'called' || t.status === 'serving')) {
    exec({ type: 'day:close', actorId: ACTOR, reason: 'simulated day over' });
  }
  for (const t of state.tickets.values()) {
    const rec = records.get(t.id);
    if (!rec) continue;
    rec.outcome = t.outcome === 'served' ? 'served' : t.outcome === 'no_show' ? 'no_show' : 'closed';
  }
  return { records: [...records.values()], commands, finalState: state };
}

/** Minutes from issue to the first call; null when never called. */
export function waitOf(r: TicketRecord): number | null {
  return r.firstCalledMin === null ? null : r.firstCalledMin - r.issuedMin;
}
