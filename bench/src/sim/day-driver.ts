import { decide } from '../../../server/src/engine/index.ts';
import type { BranchConfig } from '@lobby/shared';
import type { EngineCommand, EngineEvent, EngineState } from '../../../server/src/engine/index.ts';
import type { Customer } from './customers.ts';
import { EventQueue } from './event-queue.ts';
import type { Scenario } from './scenario.ts';

/**
 * The hall around the engine: tellers who work their shifts and call the next ticket the
 * moment they are free, customers who take a ticket on arrival, are served for their drawn
 * time or do not come when called. The engine alone decides who is called. A whole day
 * (`simulateDay`) and a continuation of a day from the middle (the P5 oracle) both run it.
 */
const MINUTE = 60_000;
const ACTOR = 'sim';

export type SimEvent =
  | { kind: 'arrival'; customer: Customer }
  | { kind: 'shiftStart'; counterId: string }
  | { kind: 'shiftEnd'; counterId: string }
  | { kind: 'serviceEnd'; counterId: string }
  | { kind: 'recall'; counterId: string }
  | { kind: 'noShowDue'; counterId: string };

export interface Teller {
  counterId: string;
  status: 'off' | 'idle' | 'busy';
  signedOn: boolean;
  leaving: boolean;
  idleSinceMin: number;
  /** Lanes the counter serves (for the naive estimator). */
  laneIds: string[];
}

export class EngineRefusal extends Error {}

export interface DriverHooks {
  /** Right after `ticket:issue`, before any idle teller calls. */
  issued?(ticketId: string, customer: Customer): void;
  /** First and later calls of a ticket. */
  called?(ticketId: string): void;
  /** The customer sat down at the counter (service starts). */
  serviceStarted?(ticketId: string, customer: Customer): void;
  /** Every accepted command with the engine's events and post-state (head-office bench: the day's event shapes). */
  decided?(cmd: EngineCommand, state: EngineState, events: EngineEvent[], now: number): void;
}

export const ticketIdOf = (c: Customer): string => `T${String(c.index).padStart(6, '0')}`;

export class DayDriver {
  state: EngineState;
  /** The hall just before the latest `ticket:issue` (what the kiosk's figure describes). */
  stateBeforeIssue: EngineState;
  nowMin: number;
  commands = 0;
  readonly queue = new EventQueue<SimEvent>();
  /** Who holds each ticket: service time and whether they come. */
  readonly customers = new Map<string, Customer>();
  private readonly graceMin: number;
  private readonly laneTier: Map<string, string | null>;

  readonly scenario: Scenario;
  readonly config: BranchConfig;
  readonly dayStart: number;
  readonly tellers: Map<string, Teller>;
  private readonly hooks: DriverHooks;

  constructor(
    scenario: Scenario,
    config: BranchConfig,
    dayStart: number,
    state: EngineState,
    nowMin: number,
    tellers: Map<string, Teller>,
    hooks: DriverHooks = {},
  ) {
    this.scenario = scenario;
    this.config = config;
    this.dayStart = dayStart;
    this.tellers = tellers;
    this.hooks = hooks;

    this.state = state;
    this.stateBeforeIssue = state;
    this.nowMin = nowMin;
    this.graceMin = config.policy.noShowGraceSec / 60;
    this.laneTier = new Map(scenario.lanes.map((l) => [l.id, l.vipTierId ?? null]));
  }

  static freshTellers(scenario: Scenario): Map<string, Teller> {
    return new Map(
      scenario.counters.map((c) => [
        c.id,
        { counterId: c.id, status: 'off', signedOn: false, leaving: false, idleSinceMin: 0, laneIds: c.laneIds },
      ]),
    );
  }

  /** Shift starts and ends after `fromMin` (all of them from the opening). */
  pushShifts(fromMin: number): void {
    for (const c of this.scenario.counters) {
      for (const s of c.shifts) {
        if (s.fromMin >= fromMin) this.queue.push(s.fromMin, { kind: 'shiftStart', counterId: c.id });
        if (Number.isFinite(s.toMin) && s.toMin >= fromMin)
          this.queue.push(s.toMin, { kind: 'shiftEnd', counterId: c.id });
      }
    }
  }

  /** Apply a command; QUEUE_EMPTY is the only refusal a correct driver expects. */
  exec(cmd: EngineCommand): boolean {
    this.commands += 1;
    const now = this.dayStart + this.nowMin * MINUTE;
    const res = decide(this.state, cmd, now);
    if (res.ok) {
      this.state = res.state;
      this.hooks.decided?.(cmd, res.state, res.events, now);
      return true;
    }
    if (res.code === 'QUEUE_EMPTY') return false;
    throw new EngineRefusal(
      `${cmd.type} refused at minute ${this.nowMin.toFixed(2)}: ${res.code} ${res.message ?? ''}`,
    );
  }

  /** Run events until none is left or `stop` says so (checked after each event). */
  run(stop?: () => boolean): void {
    for (let ev = this.queue.pop(); ev; ev = this.queue.pop()) {
      this.nowMin = ev.at;
      this.handle(ev.event);
      if (stop?.()) return;
    }
  }

  private handle(e: SimEvent): void {
    if (e.kind === 'arrival') {
      this.arrive(e.customer);
      return;
    }
    const teller = this.tellers.get(e.counterId)!;
    switch (e.kind) {
      case 'shiftStart':
        // Still with the customer from before the break: the break is simply skipped.
        if (teller.status === 'busy') {
          teller.leaving = false;
          break;
        }
        if (teller.signedOn)
          this.exec({ type: 'counter:open', actorId: ACTOR, counterId: teller.counterId, reason: 'shift' });
        else
          this.exec({
            type: 'counter:signOn',
            actorId: ACTOR,
            counterId: teller.counterId,
            tellerId: `teller-${teller.counterId}`,
            tellerName: teller.counterId,
          });
        teller.signedOn = true;
        teller.status = 'idle';
        teller.leaving = false;
        teller.idleSinceMin = this.nowMin;
        this.callNext(teller);
        break;
      case 'shiftEnd':
        if (teller.status === 'idle') {
          this.exec({
            type: 'counter:close',
            actorId: ACTOR,
            counterId: teller.counterId,
            reason: 'lunch / end of shift',
          });
          teller.status = 'off';
        } else if (teller.status === 'busy') teller.leaving = true;
        break;
      case 'serviceEnd':
        this.exec({
          type: 'ticket:finish',
          actorId: ACTOR,
          counterId: teller.counterId,
          outcome: 'served',
          servedBusinessTypeIds: [],
        });
        this.becomeFree(teller);
        break;
      case 'recall':
        this.exec({ type: 'ticket:recall', actorId: ACTOR, counterId: teller.counterId });
        break;
      case 'noShowDue':
        this.exec({ type: 'ticket:markNoShow', actorId: ACTOR, counterId: teller.counterId });
        this.becomeFree(teller);
        break;
    }
  }

  private callNext(teller: Teller): void {
    if (teller.status !== 'idle') return;
    if (!this.exec({ type: 'counter:callNext', actorId: ACTOR, counterId: teller.counterId })) return;
    const ticketId = this.state.counters.get(teller.counterId)?.currentTicketId;
    const customer = ticketId ? this.customers.get(ticketId) : undefined;
    if (!ticketId || !customer) throw new Error(`callNext on ${teller.counterId} left no known customer`);
    teller.status = 'busy';
    this.hooks.called?.(ticketId);
    if (customer.noShow) {
      if (this.config.policy.recallLimit > 0)
        this.queue.push(this.nowMin + this.graceMin / 2, { kind: 'recall', counterId: teller.counterId });
      this.queue.push(this.nowMin + this.graceMin, { kind: 'noShowDue', counterId: teller.counterId });
      return;
    }
    this.exec({ type: 'ticket:start', actorId: ACTOR, counterId: teller.counterId });
    this.hooks.serviceStarted?.(ticketId, customer);
    this.queue.push(this.nowMin + customer.serviceMin, { kind: 'serviceEnd', counterId: teller.counterId });
  }

  private becomeFree(teller: Teller): void {
    if (teller.leaving) {
      this.exec({ type: 'counter:close', actorId: ACTOR, counterId: teller.counterId, reason: 'lunch / end of shift' });
      teller.status = 'off';
      teller.leaving = false;
      return;
    }
    teller.status = 'idle';
    teller.idleSinceMin = this.nowMin;
    this.callNext(teller);
  }

  private arrive(c: Customer): void {
    const ticketId = ticketIdOf(c);
    this.stateBeforeIssue = this.state;
    this.exec({
      type: 'ticket:issue',
      actorId: ACTOR,
      ticketId,
      token: `tok-${c.index}`,
      laneId: c.laneId,
      businessTypeId: `bt-${c.laneId}`,
      priorityGroupId: null,
      vipTierId: this.laneTier.get(c.laneId) ?? null,
      channel: 'kiosk',
      // A booked customer checks in on time for a slot starting now: the head start applies.
      appointment: c.booked
        ? { bookingId: `bk-${c.index}`, slotStart: this.dayStart + this.nowMin * MINUTE, onTime: true }
        : null,
    });
    this.customers.set(ticketId, c);
    this.hooks.issued?.(ticketId, c);
    this.wakeIdle();
  }

  /** The teller idle longest gets the customer, as in a hall where the free window calls. */
  wakeIdle(): void {
    const idle = [...this.tellers.values()]
      .filter((t) => t.status === 'idle')
      .sort((a, b) => a.idleSinceMin - b.idleSinceMin);
    for (const t of idle) {
      this.callNext(t);
      if (t.status === 'busy') break;
    }
  }
}
