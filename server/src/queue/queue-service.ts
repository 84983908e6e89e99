import { businessDateOf, type Ack, type BranchConfig, type ErrorCode, type Principal, type StaffQueueEvent } from '@lobby/shared';
import type { Logger } from 'pino';
import { createInitialState, decide, laneStats } from '../engine/index.ts';
import type { EngineCommand, EngineEvent, EngineState, DispatchPolicyName } from '../engine/types.ts';
import type { BranchStore } from '../store/branch-store.ts';
import { toStaffEvent } from './staff-event.ts';
import { restoreState } from './restore-state.ts';

/**
 * The one write path of the branch. Every command — socket, REST, timer, presence — goes
 * through `execute`: inside ONE immediate transaction it checks the requestId, decides,
 * writes the changed state, appends one event-log row per event and stores the ack; only
 * after the commit does it swap the in-memory state and hand the events to the
 * publishers. Nothing async happens inside the transaction.
 */
export type Decision =
  | {
      ok: true;
      state: EngineState;
      events: EngineEvent[];
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

export class QueueService {
  private state: EngineState;
  private seq: number;
  private readonly listeners: PublishListener[] = [];

  constructor(
    private readonly store: BranchStore,
    private readonly clock: () => number,
    private readonly logger: Logger,
    initial: { config: () => BranchConfig; dispatch?: DispatchPolicyName },
  ) {
    const now = clock();
    if (store.engineState.hasState()) {
      this.state = restoreState(store.engineState.load(), now);
    } else {
      this.state = createInitialState(initial.config(), now, initial.dispatch);
      store.db.transaction(() => store.engineState.saveChanges(null, this.state)).immediate();
    }
    this.seq = store.eventLog.lastSeq();
  }

  get current(): EngineState {
    return this.state;
  }

  get lastSeq(): number {
    return this.seq;
  }

  /** Called after every commit with the new events (never inside the transaction). */
  onPublished(listener: PublishListener): void {
    this.listeners.push(listener);
  }

  /** An engine command through the one path. */
  executeEngine<T>(
    principal: Principal | null,
    requestId: string | null,
    command: EngineCommand,
    result: ExecuteRequest<T>['result'],
    persist?: (store: BranchStore) => void,
  ): Ack<T> {
    return this.execute({
      principal,
      requestId,
      command: command.type,
      decide: (state, now) => {
        const r = decide(state, command, now);
        return r.ok && persist ? { ...r, persist } : r;
      },
      result,
    });
  }

  execute<T>(req: ExecuteRequest<T>): Ack<T> {
    this.closePastDayIfNeeded();
    return this.commit(req, this.clock());
  }

  /**
   * The engine rolls the date over by itself, but its rollover drops the old date's
   * tickets from the state, so their closing would never reach the database or the
   * event log. When the calendar moved on without a day close (server down at
   * dayCloseAt), close the old date first, timed inside its last hour, as its own commit.
   */
  private closePastDayIfNeeded(): void {
    const { businessDate, dayClosed, config } = this.state;
    if (dayClosed) return;
    const now = this.clock();
    const tz = config.hours.timeZone;
    if (businessDateOf(now, tz) <= businessDate) return;
    let at = now;
    while (businessDateOf(at, tz) > businessDate) at -= HOUR_MS;
    this.commit(
      {
        principal: null,
        requestId: null,
        command: 'day:close',
        decide: (state, t) => decide(state, { type: 'day:close', actorId: null, reason: 'automatic close at date change' }, t),
        result: () => null,
      },
      at,
    );
  }

  private commit<T>(req: ExecuteRequest<T>, now: number): Ack<T> {
    const principalId = req.principal?.id ?? 'system';
    const { store } = this;
    const prev = this.state;
    let committed: { state: EngineState; events: StaffQueueEvent[] } | null = null;

    const ack = store.db
      .transaction((): Ack<T> => {
        if (req.requestId !== null) {
          const stored = store.commandResults.find(principalId, req.requestId);
          if (stored !== undefined) return stored as Ack<T>;
        }
        const decision = req.decide(prev, now);
        let answer: Ack<T>;
        if (!decision.ok) {
          answer = decision.message === undefined ? { ok: false, code: decision.code } : { ok: false, code: decision.code, message: decision.message };
        } else {
          const next = decision.state;
          const lanes = decision.events.length > 0 ? laneStats(next, now) : [];
          const events = decision.events.map((e, i) => toStaffEvent(e, this.seq + 1 + i, next, lanes));
          store.engineState.saveChanges(prev, next);
          for (const e of events) store.eventLog.append(e);
          decision.persist?.(store);
          answer = { ok: true, data: req.result(next, decision.events, now) };
          committed = { state: next, events };
        }
        if (req.requestId !== null) store.commandResults.save(principalId, req.requestId, req.command, answer, now);
        return answer;
      })
      .immediate();

    if (committed !== null) {
      const { state, events } = committed as { state: EngineState; events: StaffQueueEvent[] };
      this.state = state;
      this.seq += events.length;
      if (events.length > 0) this.publish(events, state);
    }
    return ack;
  }

  private publish(events: StaffQueueEvent[], state: EngineState): void {
    for (const listener of this.listeners) {
      try {
        listener(events, state);
      } catch (err) {
        // The events are committed; a failing publisher must not turn the ack into an error.
        this.logger.error({ err }, 'event publisher failed');
      }
    }
  }
}
