/**
 * The one write path of the branch. Every command — socket, REST, timer, presence — goes
 * through `execute`, which queues it; the queue is committed as ONE immediate transaction
 * (group commit: one fsync for every command that arrived while the previous batch was
 * being written). Inside it each command runs in its own savepoint: it checks the
 * requestId, decides on the state left by the command before it, writes the changed
 * state and stores the ack. After the last command the batch's events are appended to
 * the event log with consecutive seqs and the lane figures as of the batch. Only after the COMMIT
 * does the in-memory state move on, the events go to the publishers and the acks resolve,
 * so nobody is ever told about a change the disk does not hold. Nothing async happens
 * inside the transaction.
 */
import {
  businessDateOf,
  type Ack,
  type BranchConfig,
  type ErrorCode,
  type Failure,
  type Principal,
  type StaffQueueEvent,
} from '@lobby/shared';
import type { Logger } from 'pino';
import { createInitialState, decide, laneStats } from '../engine/index.ts';
import type { EngineCommand, EngineEvent, EngineState, DispatchPolicyName, TicketChanges } from '../engine/types.ts';
import type { Forecast } from '../engine/estimate/forecast.ts';
import type { BranchStore } from '../store/branch-store.ts';
import { toStaffEvent } from './staff-event.ts';
import { restoreState } from './restore-state.ts';

/** What a command decides on the state the batch has reached: the next state and its events, or a refusal. */
export type Decision =
  | {
      ok: true;
      state: EngineState;
      events: EngineEvent[];
      /** The tickets written (the engine's changedTickets; NO_TICKET_CHANGES when the state is the one given). */
      changedTickets: TicketChanges;
      /** Extra rows written in the same transaction (rating, VIP identifier link). */
      persist?: (store: BranchStore) => void;
    }
  | { ok: false; code: ErrorCode; message?: string };

export interface ExecuteRequest<T> {
  /** null = the system (timers, presence). */
  principal: Principal | null;
  /** null for system commands, which are not idempotency-checked. */
  requestId: string | null;
  /** For the command_results row and logs. */
  command: string;
  decide: (state: EngineState, now: number) => Decision;
  /** The ack's data, from the post-state (computed inside the transaction, stored with the ack). */
  result: (state: EngineState, events: EngineEvent[], now: number) => T;
}

const HOUR_MS = 60 * 60 * 1000;

export type PublishListener = (events: StaffQueueEvent[], state: EngineState) => void;

/**
 * Runs inside the batch's transaction, after its events are in the event log: rows that must
 * exist if and only if the events do (the webhook outbox). It must not do anything async.
 */
export type EventSink = (events: readonly StaffQueueEvent[], store: BranchStore, now: number) => void;

/**
 * One committed batch: how many commands shared the fsync, how long the transaction took,
 * how many events it logged, and what the commands that threw threw (their savepoints were
 * rolled back; the rest of the batch is on disk).
 */
export type BatchListener = (batch: { commands: number; ms: number; events: number; errors: unknown[] }) => void;

/** A batch whose transaction failed (BEGIN, logging or COMMIT): nothing of it is on disk. */
export type BatchFailedListener = (err: unknown) => void;

interface Queued {
  req: ExecuteRequest<unknown>;
  /** Decision time; null = the clock when its turn comes. */
  at: number | null;
  resolve: (ack: Ack<unknown>) => void;
  reject: (err: unknown) => void;
}

type Outcome = { ok: true; ack: Ack<unknown> } | { ok: false; error: unknown };

export class QueueService {
  private state: EngineState;
  private seq: number;
  private readonly listeners: PublishListener[] = [];
  private readonly batchListeners: BatchListener[] = [];
  private readonly failedListeners: BatchFailedListener[] = [];
  private readonly sinks: EventSink[] = [];
  private queued: Queued[] = [];
  private flushScheduled = false;
  private readonly forecast: () => Forecast | null;

  private readonly store: BranchStore;
  private readonly clock: () => number;
  private readonly logger: Logger;

  constructor(
    store: BranchStore,
    clock: () => number,
    logger: Logger,
    initial: {
      config: () => BranchConfig;
      dispatch?: DispatchPolicyName;
      /** The latest wait forecast, for the estimates in the events' lane figures (never computed here). */
      forecast?: () => Forecast | null;
    },
  ) {
    this.store = store;
    this.clock = clock;
    this.logger = logger;

    this.forecast = initial.forecast ?? (() => null);
    const now = clock();
    if (store.engineState.hasState()) {
      this.state = restoreState(store.engineState.load(), now);
    } else {
      this.state = createInitialState(initial.config(), now, initial.dispatch);
      store.db.transaction(() => store.engineState.saveChanges(null, this.state, 'all')).immediate();
    }
    this.seq = store.eventLog.lastSeq();
  }

  /** The committed state (read-only). */
  get current(): EngineState {
    return this.state;
  }

  get lastSeq(): number {
    return this.seq;
  }

  /** Called after every commit with each command's new events, in order (never inside the transaction). */
  onPublished(listener: PublishListener): void {
    this.listeners.push(listener);
  }

  /** Called inside every batch transaction that logged events (see EventSink). */
  addEventSink(sink: EventSink): void {
    this.sinks.push(sink);
  }

  /** Called after every committed batch (metrics). */
  onBatchCommitted(listener: BatchListener): void {
    this.batchListeners.push(listener);
  }

  /** Called after every batch whose transaction failed (the write-failure banner). */
  onBatchFailed(listener: BatchFailedListener): void {
    this.failedListeners.push(listener);
  }

  /**
   * An engine command through the one path. `guard` (who may act, e.g. a teller only on the
   * counter they are signed on to) is part of the decision: it sees the state the batch has
   * reached when the command's turn comes, not the committed state when it was queued.
   */
  executeEngine<T>(
    principal: Principal | null,
    requestId: string | null,
    command: EngineCommand,
    result: ExecuteRequest<T>['result'],
    opts: { persist?: (store: BranchStore) => void; guard?: (state: EngineState) => Failure | null } = {},
  ): Promise<Ack<T>> {
    const { persist, guard } = opts;
    return this.execute({
      principal,
      requestId,
      command: command.type,
      decide: (state, now) => {
        const refused = guard?.(state);
        if (refused) return refused;
        const r = decide(state, command, now);
        return r.ok && persist ? { ...r, persist } : r;
      },
      result,
    });
  }

  /**
   * Queues the command for the next batch, which starts as soon as the event loop has read
   * what already arrived. Resolves with the ack once the batch is on disk; rejects if the
   * command threw (its savepoint is rolled back, the rest of the batch still commits) or
   * if the batch's COMMIT failed (nothing of the batch happened).
   */
  execute<T>(req: ExecuteRequest<T>): Promise<Ack<T>> {
    return new Promise<Ack<T>>((resolve, reject) => {
      this.queued.push({
        req: req as ExecuteRequest<unknown>,
        at: null,
        resolve: resolve as (ack: Ack<unknown>) => void,
        reject,
      });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits whatever is queued now (the first tick before listening; shutdown). */
  flush(): void {
    this.flushScheduled = false;
    if (this.queued.length === 0) return;
    const batch = this.queued;
    this.queued = [];
    const dayClose = this.pastDayClose();
    if (dayClose) this.commitBatch([dayClose]);
    this.commitBatch(batch);
  }

  /**
   * The engine rolls the date over by itself, but its rollover drops the old date's
   * tickets from the state, so their closing would never reach the database or the
   * event log. When the calendar moved on without a day close (server down at
   * dayCloseAt), close the old date first, timed inside its last hour, as its own commit.
   */
  private pastDayClose(): Queued | null {
    const { businessDate, dayClosed, config } = this.state;
    if (dayClosed) return null;
    const now = this.clock();
    const tz = config.hours.timeZone;
    if (businessDateOf(now, tz) <= businessDate) return null;
    let at = now;
    while (businessDateOf(at, tz) > businessDate) at -= HOUR_MS;
    const log = (err: unknown) => this.logger.error({ err }, 'automatic day close failed');
    return {
      req: {
        principal: null,
        requestId: null,
        command: 'day:close',
        decide: (state, t) =>
          decide(state, { type: 'day:close', actorId: null, reason: 'automatic close at date change' }, t),
        result: () => null,
      },
      at,
      resolve: (ack) => {
        if (!ack.ok) log(ack.code);
      },
      reject: log,
    };
  }

  private commitBatch(batch: Queued[]): void {
    const { db } = this.store;
    const started = performance.now();
    let state = this.state;
    let now = 0;
    const outcomes: Outcome[] = [];
    const published: { item: number; state: EngineState; events: StaffQueueEvent[] }[] = [];
    try {
      db.transaction(() => {
        const decided: { item: number; state: EngineState; events: EngineEvent[] }[] = [];
        batch.forEach((item, i) => {
          now = item.at ?? this.clock();
          try {
            // A nested better-sqlite3 transaction is a savepoint: a command that throws takes back only its own writes.
            const outcome = db.transaction(() => this.apply(item.req, state, now))();
            if (outcome.decided) {
              state = outcome.decided.state;
              if (outcome.decided.events.length > 0) decided.push({ item: i, ...outcome.decided });
            }
            outcomes.push({ ok: true, ack: outcome.ack });
          } catch (error) {
            // SQLite rolls a whole transaction back on some errors (disk full, I/O): the
            // commands after it would then write outside any transaction, so fail the batch.
            if (!db.inTransaction) throw error;
            outcomes.push({ ok: false, error });
          }
        });
        if (decided.length === 0) return;
        // Lane figures once per batch, as of its commit: waiting counts are counted here, the
        // estimates are the latest forecast's (computed after commits, never inside one).
        const lanes = laneStats(state, now, this.forecast());
        let seq = this.seq;
        for (const d of decided) {
          const events = d.events.map((e) => toStaffEvent(e, ++seq, d.state, lanes));
          for (const e of events) this.store.eventLog.append(e);
          published.push({ item: d.item, state: d.state, events });
        }
        // A sink that throws fails the whole batch: its rows and the events stand or fall together.
        const logged = published.flatMap((p) => p.events);
        for (const sink of this.sinks) sink(logged, this.store, now);
      }).immediate();
    } catch (err) {
      // The transaction failed (BEGIN, logging the events, or COMMIT): nothing of this batch is on disk, so nothing of it happened.
      this.notify(this.failedListeners, 'batch failure listener failed', err);
      for (const item of batch) item.reject(err);
      return;
    }
    this.state = state;
    const events = published.reduce((n, p) => n + p.events.length, 0);
    this.seq += events;
    const ms = performance.now() - started;
    const errors = outcomes.flatMap((o) => (o.ok ? [] : [o.error]));
    this.notify(this.batchListeners, 'batch listener failed', { commands: batch.length, ms, events, errors });
    const eventsOf = new Map(published.map((p) => [p.item, p]));
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (!outcome.ok) return item.reject(outcome.error);
      const p = eventsOf.get(i);
      if (p) this.publish(p.events, p.state);
      item.resolve(outcome.ack);
    });
  }

  /**
   * One command inside the batch's transaction, on the state the previous command left:
   * the idempotency check, the decision, its state rows and extra rows, and its stored ack.
   * Its events are logged after the batch's last command (see commitBatch).
   */
  private apply(
    req: ExecuteRequest<unknown>,
    prev: EngineState,
    now: number,
  ): { ack: Ack<unknown>; decided: { state: EngineState; events: EngineEvent[] } | null } {
    const principalId = req.principal?.id ?? 'system';
    const { store } = this;
    if (req.requestId !== null) {
      const stored = store.commandResults.find(principalId, req.requestId);
      if (stored !== undefined) return { ack: stored as Ack<unknown>, decided: null };
    }
    const decision = req.decide(prev, now);
    let ack: Ack<unknown>;
    let decided: { state: EngineState; events: EngineEvent[] } | null = null;
    if (!decision.ok) {
      ack =
        decision.message === undefined
          ? { ok: false, code: decision.code }
          : { ok: false, code: decision.code, message: decision.message };
    } else {
      store.engineState.saveChanges(prev, decision.state, decision.changedTickets);
      decision.persist?.(store);
      ack = { ok: true, data: req.result(decision.state, decision.events, now) };
      decided = { state: decision.state, events: decision.events };
    }
    if (req.requestId !== null) store.commandResults.save(principalId, req.requestId, req.command, ack, now);
    return { ack, decided };
  }

  private publish(events: StaffQueueEvent[], state: EngineState): void {
    this.notify(this.listeners, 'event publisher failed', events, state);
  }

  /**
   * Listeners run after the commit, outside any transaction: one that throws is logged and
   * must neither turn a committed ack into an error nor escape the batch (it runs from
   * setImmediate, where a throw would end the process and leave the acks unanswered).
   */
  private notify<A extends unknown[]>(listeners: readonly ((...args: A) => void)[], what: string, ...args: A): void {
    for (const listener of listeners) {
      try {
        listener(...args);
      } catch (err) {
        this.logger.error({ err }, what);
      }
    }
  }
}
