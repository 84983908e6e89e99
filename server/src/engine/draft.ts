import type { EngineEvent, EngineState, Ticket, CounterRuntime, LaneRuntime, TicketChanges } from './types.ts';
import type { VipVisitView } from '@lobby/shared';
import type { TicketBook } from './ticket-book.ts';

/**
 * Copy-on-write working copy of an EngineState for one command. Handlers read and write
 * through it; nothing of the input state is mutated, so a refused command leaves the
 * caller's state exactly as it was.
 */
export class Draft {
  private tickets: TicketBook | null = null;
  private counters: Map<string, CounterRuntime> | null = null;
  private vipVisits: Map<string, VipVisitView> | null = null;
  private lanes: Record<string, LaneRuntime> | null = null;
  private patch: Partial<EngineState> = {};
  /** Ids of the tickets put; 'all' once the whole map was replaced. */
  private changed: Set<string> | 'all' = new Set();
  readonly events: EngineEvent[] = [];

  private readonly base: EngineState;
  readonly now: number;

  constructor(base: EngineState, now: number) {
    this.base = base;
    this.now = now;
  }

  get state(): EngineState {
    return {
      ...this.base,
      ...this.patch,
      tickets: this.tickets ?? this.base.tickets,
      counters: this.counters ?? this.base.counters,
      vipVisits: this.vipVisits ?? this.base.vipVisits,
      lanes: this.lanes ?? this.base.lanes,
    };
  }

  get config() {
    return this.patch.config ?? this.base.config;
  }

  ticket(id: string): Ticket | undefined {
    return (this.tickets ?? this.base.tickets).get(id);
  }

  /** The tickets in an open status, as of the last put. */
  openTickets(): Iterable<Ticket> {
    return (this.tickets ?? this.base.tickets).open.values();
  }

  putTicket(t: Ticket): void {
    this.tickets = (this.tickets ?? this.base.tickets).with(t);
    if (this.changed !== 'all') this.changed.add(t.id);
  }

  replaceTickets(tickets: TicketBook): void {
    this.tickets = tickets;
    this.changed = 'all';
  }

  /** The tickets this draft wrote. */
  changedTickets(): TicketChanges {
    return this.changed;
  }

  counter(id: string): CounterRuntime | undefined {
    return (this.counters ?? this.base.counters).get(id);
  }

  allCounters(): Iterable<CounterRuntime> {
    return (this.counters ?? this.base.counters).values();
  }

  putCounter(c: CounterRuntime): void {
    this.counters ??= new Map(this.base.counters);
    this.counters.set(c.id, c);
  }

  deleteCounter(id: string): void {
    this.counters ??= new Map(this.base.counters);
    this.counters.delete(id);
  }

  lane(id: string): LaneRuntime | undefined {
    return (this.lanes ?? this.base.lanes)[id];
  }

  putLane(id: string, lane: LaneRuntime): void {
    this.lanes ??= { ...this.base.lanes };
    this.lanes[id] = lane;
  }

  replaceLanes(lanes: Record<string, LaneRuntime>): void {
    this.lanes = lanes;
  }

  vipVisit(id: string): VipVisitView | undefined {
    return (this.vipVisits ?? this.base.vipVisits).get(id);
  }

  allVipVisits(): Iterable<VipVisitView> {
    return (this.vipVisits ?? this.base.vipVisits).values();
  }

  putVipVisit(v: VipVisitView): void {
    this.vipVisits ??= new Map(this.base.vipVisits);
    this.vipVisits.set(v.id, v);
  }

  replaceVipVisits(v: Map<string, VipVisitView>): void {
    this.vipVisits = v;
  }

  set<K extends 'config' | 'businessDate' | 'dayClosed' | 'emergency' | 'recentCalls' | 'lastMessage'>(
    key: K,
    value: EngineState[K],
  ): void {
    this.patch[key] = value;
  }

  get<K extends keyof EngineState>(key: K): EngineState[K] {
    return this.state[key];
  }

  emit(
    event: Omit<EngineEvent, 'at' | 'ticketIds' | 'counterId' | 'laneId' | 'vipVisitId' | 'call' | 'reason'> &
      Partial<EngineEvent>,
  ): void {
    this.events.push({
      at: this.now,
      ticketIds: [],
      counterId: null,
      laneId: null,
      vipVisitId: null,
      call: null,
      reason: null,
      ...event,
    });
  }
}
