import { localTime, type EstimatesView } from '@lobby/shared';
import type { Logger } from 'pino';
import {
  estimatesView,
  forecastSteps,
  newTicketForecast,
  DEFAULT_FORECAST,
  type Forecast,
  type ForecastOptions,
} from '../../engine/index.ts';
import { RangeCalibrator } from '../../engine/estimate/range-calibration.ts';
import { profileFromDays, type ArrivalProfile, type DayArrivals } from '../../engine/estimate/arrival-profile.ts';
import type { EngineState } from '../../engine/types.ts';
import type { ArrivalHistory } from '../../store/arrival-history.ts';
import type { ForecastSource } from '../../context/forecast-source.ts';

/**
 * Keeps the wait forecast fresh, off the commit path: after commits (coalesced: at most one
 * run per `minIntervalMs`, the last state wins) and as time passes (the ticker, when the
 * last one is older than `maxAgeMs`). Each run is one forecast of the committed state, then
 * `estimates:updated` to everyone. A scheduled run is spread over event-loop turns of at most
 * `sliceMs` (a forecast takes several ms on a busy day, and a command read meanwhile would wait
 * for all of it); the state it started from is immutable, so its figures are those of one
 * committed state, and a commit that lands during a run schedules the next. Readers (the issue ack, lane figures in
 * events, snapshots, the mobile page) take the latest one as it is, never wait for one.
 * The printed range is kept honest by each lane's RangeCalibrator: every ticket's printed
 * range (what its issue ack showed: the forecast of the moment for a new ticket of its kind)
 * is checked against its first call, as the bench does (bench/src/sim/branch-day.ts). The
 * calibration lives as long as the process (a restart starts from the tuned initial spread).
 */
const MINUTE = 60_000;
export interface ForecasterSettings {
  minIntervalMs: number;
  /** Longest turn of the event loop one scheduled run takes before it lets commands in. */
  sliceMs: number;
  maxAgeMs: number;
  /** Past days of the arrival profile. */
  historyDays: number;
  options: ForecastOptions;
}

export const DEFAULT_FORECASTER: ForecasterSettings = {
  minIntervalMs: 250,
  sliceMs: 1,
  maxAgeMs: 15_000,
  historyDays: 28,
  options: DEFAULT_FORECAST,
};

const DAY_MS = 86_400_000;

function daysBefore(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - n * DAY_MS).toISOString().slice(0, 10);
}

export class WaitForecaster implements ForecastSource {
  private latest: { forecast: Forecast; state: EngineState; view: EstimatesView } | null = null;
  private profile: { date: string; profile: ArrivalProfile | null } | null = null;
  private timer: NodeJS.Timeout | null = null;
  private immediate: NodeJS.Immediate | null = null;
  private lastRun = -Infinity;
  /** The scheduled run in progress: its steps, and the state and seq it forecasts. */
  private running: { steps: Generator<void, Forecast, void>; state: EngineState; seq: number } | null = null;
  /** A commit landed while a run was in progress: run again when it ends. */
  private stale = false;
  private closed = false;
  private readonly calibrator = new RangeCalibrator();
  /** Today's tickets printed a range and not yet called: the range, by ticket id. */
  private printed = new Map<string, { laneId: string; lowMin: number; highMin: number }>();
  private printedDate: string | null = null;

  private readonly source: { current: EngineState; lastSeq: number };
  private readonly history: Pick<ArrivalHistory, 'issuedBetween'>;
  private readonly clock: () => number;
  private readonly logger: Logger;
  private readonly publish: (view: EstimatesView) => void;
  private readonly settings: ForecasterSettings;

  constructor(
    source: { current: EngineState; lastSeq: number },
    history: Pick<ArrivalHistory, 'issuedBetween'>,
    clock: () => number,
    logger: Logger,
    publish: (view: EstimatesView) => void,
    settings: ForecasterSettings = DEFAULT_FORECASTER,
  ) {
    this.source = source;
    this.history = history;
    this.clock = clock;
    this.logger = logger;
    this.publish = publish;
    this.settings = settings;
  }

  current(): Forecast | null {
    const l = this.latest;
    return l && l.state.businessDate === this.source.current.businessDate ? l.forecast : null;
  }

  view(): EstimatesView | null {
    return this.current() ? (this.latest?.view ?? null) : null;
  }

  /**
   * A commit happened: refresh right after this turn of the event loop (before the next
   * command is read), or, in a burst, `minIntervalMs` after the last run.
   */
  changed(): void {
    if (this.closed) return;
    if (this.running) {
      this.stale = true;
      return;
    }
    if (this.timer || this.immediate) return;
    const wait = this.settings.minIntervalMs - (performance.now() - this.lastRun);
    if (wait <= 0) {
      this.immediate = setImmediate(() => {
        this.immediate = null;
        this.begin();
      });
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.begin();
    }, wait);
    this.timer.unref();
  }

  /** Time passes: a forecast older than `maxAgeMs` is redone (commits redo it through `changed`). */
  tick(now: number): void {
    const l = this.latest;
    if (!l || now - l.forecast.at >= this.settings.maxAgeMs) this.changed();
  }

  /** Compute now, synchronously (start-up, and after the day's configuration changed). */
  refresh(options: { counts?: boolean } = {}): void {
    if (this.closed) return;
    if (options.counts ?? true) this.lastRun = performance.now();
    // This run is newer than one in progress, which would publish older figures after it.
    this.running = null;
    try {
      const run = this.start();
      for (;;) {
        const step = run.steps.next();
        if (step.done) return this.finish(run, step.value);
      }
    } catch (err) {
      this.logger.error({ err }, 'wait forecast failed');
    }
  }

  private start(): { steps: Generator<void, Forecast, void>; state: EngineState; seq: number } {
    const state = this.source.current;
    const seq = this.source.lastSeq;
    const now = this.clock();
    this.checkRanges(state);
    const steps = forecastSteps(state, now, this.profileFor(state), this.settings.options, undefined, (laneId) =>
      this.calibrator.spreadFor(laneId),
    );
    return { steps, state, seq };
  }

  private finish(run: { state: EngineState; seq: number }, forecast: Forecast): void {
    const view = estimatesView(run.state, run.seq, forecast);
    this.latest = { forecast, state: run.state, view };
    this.publish(view);
  }

  /** A scheduled run: its first slice now, the rest on the turns after. */
  private begin(): void {
    if (this.closed) return;
    this.lastRun = performance.now();
    try {
      this.running = this.start();
    } catch (err) {
      this.logger.error({ err }, 'wait forecast failed');
      return;
    }
    this.step();
  }

  private step(): void {
    const run = this.running;
    if (!run || this.closed) return;
    const until = performance.now() + this.settings.sliceMs;
    try {
      for (;;) {
        const next = run.steps.next();
        if (next.done) {
          this.running = null;
          this.finish(run, next.value);
          break;
        }
        if (performance.now() >= until) {
          this.immediate = setImmediate(() => {
            this.immediate = null;
            this.step();
          });
          return;
        }
      }
    } catch (err) {
      this.running = null;
      this.logger.error({ err }, 'wait forecast failed');
    }
    if (this.stale) {
      this.stale = false;
      this.changed();
    }
  }

  /** Each lane's range spread now (today's calibration). */
  rangeSpread(laneId: string): number {
    return this.calibrator.spreadFor(laneId);
  }

  /**
   * Before each refresh: a ticket issued since the last one keeps the range its ack printed
   * (the latest forecast's figure for its kind); a printed ticket called since is checked.
   */
  private checkRanges(state: EngineState): void {
    if (this.printedDate !== state.businessDate) {
      this.printed = new Map();
      this.printedDate = state.businessDate;
    }
    const before = this.latest && this.latest.state.businessDate === state.businessDate ? this.latest.forecast : null;
    for (const [id, kept] of [...this.printed]) {
      const t = state.tickets.get(id);
      if (!t || t.firstCalledAt === null) continue;
      this.calibrator.observe(kept.laneId, kept.lowMin, kept.highMin, (t.firstCalledAt - t.issuedAt) / MINUTE);
      this.printed.delete(id);
    }
    if (!before) return;
    // Only the open tickets: a newly printed one is still waiting.
    for (const t of state.tickets.open.values()) {
      if (this.printed.has(t.id) || t.status !== 'waiting' || t.firstCalledAt !== null || t.issuedAt < before.at)
        continue;
      const shown = newTicketForecast(before, t.laneId, t.priorityGroupId, t.vipTierId)?.estimate;
      // "About now" prints no range; a ticket with no figure promised nothing.
      if (shown && !shown.aboutNow)
        this.printed.set(t.id, { laneId: t.laneId, lowMin: shown.lowMin, highMin: shown.highMin });
    }
  }

  /** The arrival profile in use (of the days before today's business date). */
  arrivalProfile(): ArrivalProfile | null {
    return this.profileFor(this.source.current);
  }

  close(): void {
    this.closed = true;
    this.running = null;
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = null;
    this.immediate = null;
  }

  /** The profile (arrivals, counter times) of the days before today's business date, read once per date. */
  private profileFor(state: EngineState): ArrivalProfile | null {
    if (this.profile?.date === state.businessDate) return this.profile.profile;
    const tz = state.config.hours.timeZone;
    const rows = this.history.issuedBetween(
      daysBefore(state.businessDate, this.settings.historyDays),
      daysBefore(state.businessDate, 1),
    );
    const byDate = new Map<string, DayArrivals[number][]>();
    for (const r of rows) {
      const day = byDate.get(r.businessDate) ?? [];
      const serviceMin =
        r.calledAt !== null && r.finishedAt !== null && r.finishedAt >= r.calledAt
          ? (r.finishedAt - r.calledAt) / MINUTE
          : null;
      day.push({ laneId: r.laneId, minuteOfDay: localTime(r.issuedAt, tz).minuteOfDay, serviceMin });
      byDate.set(r.businessDate, day);
    }
    const profile = profileFromDays([...byDate.values()]);
    this.profile = { date: state.businessDate, profile };
    return profile;
  }
}
