import { localTime, type BranchConfig } from '@lobby/shared';
import { newWaitingTicket } from '../new-ticket.ts';
import { comparatorFor, dispatchContext, isEligible } from '../policies/dispatch-order.ts';
import type { EngineState, Ticket } from '../types.ts';
import { todaysLevel, type ArrivalProfile } from './arrival-profile.ts';
import { counterWindows } from './counter-plan.ts';
import { prepareQueues, replayDispatch, type ArrivalMix, type ReplayModels } from './dispatch-replay.ts';
import { mix32, RandomStream } from './random.ts';
import { laneServiceModels } from './service-model.ts';
import { calibratedRange, printedPoint, type RangeCalibration } from './wait-summary.ts';

/**
 * The wait forecast (docs/domain.md §6, docs/performance.md P5): for every waiting ticket and for a
 * ticket that would be issued now into each lane (with each priority group and VIP tier),
 * the distribution of its wait, from replays of the real dispatch with fresh randomness:
 * lognormal counter times per lane (learned today, the lane mean's own error included),
 * the services under way conditioned on how long they have lasted, no-shows, the counters'
 * plan (lunch, shift ends, counters due to open) and the arrivals that will overtake
 * (the branch's profile of recent weeks × today's level). Pure: the state, the clock and
 * the profile in, figures out. It is never run on the commit path (features/estimates
 * computes it after a publish and caches it per state).
 */
const MINUTE = 60_000;
const HORIZON_MIN = 12 * 60;

export interface WaitForecast {
  /** Today's waiting tickets called before this one (median over the replays; with no wait, by the order at the counters that could serve it). */
  ahead: number;
  /** Null when no counter will serve the ticket today. */
  wait: {
    /** Printed point, minutes (the hit-maximising one). */
    pointMin: number;
    /** Calibrated 80 % range, whole minutes. */
    lowMin: number;
    highMin: number;
    /** Nobody ahead and a counter free: called at once. */
    aboutNow: boolean;
  } | null;
}

export interface ForecastOptions {
  /** Replays: as many as `callBudget` calls allow (the first replay measures a replay's calls), within [min, max]. */
  replays: { min: number; max: number; callBudget: number };
  /** Foresee arrivals from the profile (needs one). */
  arrivals: boolean;
  /** Use the counters' planned shifts. */
  roster: boolean;
  /** Draw each replay's lane means from their learned error. */
  meanError: boolean;
  /** One replay at mean times, nothing random (the estimator of old, as a baseline). */
  deterministic: boolean;
  range: RangeCalibration;
  /** Pseudo-departures the profile's counter times of recent days are worth in today's service model (0: none). */
  historyDepartures: number;
}

/** Tuned in the simulator on the reference day only (docs/policy.md, "The wait estimate"). */
export const DEFAULT_FORECAST: ForecastOptions = {
  replays: { min: 12, max: 64, callBudget: 4000 },
  arrivals: true,
  roster: true,
  meanError: true,
  deterministic: false,
  range: { mass: 0.8, spread: 1 },
  historyDepartures: 20,
};

export interface ProbeSpec {
  key: string;
  laneId: string;
  priorityGroupId: string | null;
  vipTierId: string | null;
}

export function probeKey(laneId: string, priorityGroupId: string | null, vipTierId: string | null): string {
  return `${laneId}|${priorityGroupId ?? ''}|${vipTierId ?? ''}`;
}

/** Hypothetical new tickets: every lane plain and with each priority group; the VIP lane with each tier. */
export function newTicketProbes(config: BranchConfig): ProbeSpec[] {
  const out: ProbeSpec[] = [];
  const push = (laneId: string, g: string | null, v: string | null) =>
    out.push({ key: probeKey(laneId, g, v), laneId, priorityGroupId: g, vipTierId: v });
  for (const lane of config.lanes) {
    const tiers: (string | null)[] =
      lane.id === config.vipLaneId ? [null, ...config.vipTiers.map((t) => t.id)] : [null];
    for (const tier of tiers) {
      push(lane.id, null, tier);
      for (const g of config.priorityGroups) push(lane.id, g.id, tier);
    }
  }
  return out;
}

/**
 * With no counter to serve it (none open, none planned): the waiting tickets any counter of
 * its lane would call before it, by the dispatch order now — what "前方等待" still means.
 */
function orderAhead(state: EngineState, now: number, ticket: Ticket, probeIds: ReadonlySet<string>): number {
  const ctx = dispatchContext(state.config, now);
  const ahead = new Set<string>();
  for (const c of state.counters.values()) {
    if (!isEligible(ticket, c, state.dispatch)) continue;
    const cmp = comparatorFor(c, ctx, state.dispatch);
    for (const other of state.tickets.open.values()) {
      if (other.id === ticket.id || probeIds.has(other.id) || ahead.has(other.id)) continue;
      if (isEligible(other, c, state.dispatch) && cmp(other, ticket) < 0) ahead.add(other.id);
    }
  }
  return ahead.size;
}

export interface Forecast {
  /** Clock of the forecast. */
  at: number;
  tickets: Map<string, WaitForecast>;
  /** By probe key. */
  probes: Map<string, WaitForecast>;
  probeSpecs: readonly ProbeSpec[];
  replays: number;
}

function clockMin(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Same state, same random numbers: a refresh that changes nothing changes no figure. */
function seedOf(state: EngineState): number {
  let h = mix32(state.tickets.size);
  for (let i = 0; i < state.businessDate.length; i++) h = mix32(h ^ state.businessDate.charCodeAt(i));
  return h;
}

/** Who arrives into each lane: today's priority group / tier mix. */
function arrivalMix(state: EngineState): ArrivalMix {
  const counts = new Map<string, Map<string, { groupId: string | null; tierId: string | null; share: number }>>();
  for (const t of state.tickets.values()) {
    const lane = counts.get(t.laneId) ?? new Map();
    const key = `${t.priorityGroupId ?? ''}|${t.vipTierId ?? ''}`;
    const e = lane.get(key) ?? { groupId: t.priorityGroupId, tierId: t.vipTierId, share: 0 };
    e.share += 1;
    lane.set(key, e);
    counts.set(t.laneId, lane);
  }
  return new Map([...counts].map(([laneId, m]) => [laneId, [...m.values()]]));
}

export function forecastWaits(...args: Parameters<typeof forecastSteps>): Forecast {
  const steps = forecastSteps(...args);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The forecast in steps: it yields after its preparation and after each replay, so a caller
 * on a busy event loop can spread one forecast over several turns (commands are read and
 * committed between them) instead of holding the loop for the whole run. Every input is
 * immutable state, so the result is the same however the steps are spaced.
 */
export function* forecastSteps(
  state: EngineState,
  now: number,
  profile: ArrivalProfile | null,
  options: ForecastOptions = DEFAULT_FORECAST,
  probes: readonly ProbeSpec[] = newTicketProbes(state.config),
  /** Each lane's range spread (today's calibration, see range-calibration.ts); default the options' one. */
  spreadOf: (laneId: string) => number = () => options.range.spread,
): Generator<void, Forecast, void> {
  const service = laneServiceModels(state, now, { lanes: profile?.service ?? {}, weight: options.historyDepartures });
  const { config } = state;
  const lt = localTime(now, config.hours.timeZone);
  const nowMod = lt.minuteOfDay + (now % MINUTE) / MINUTE;
  const useArrivals = options.arrivals && profile !== null && !options.deterministic;
  const models: ReplayModels = {
    service,
    arrivals: useArrivals
      ? {
          bucketMin: profile.bucketMin,
          perLane: profile.perLane,
          startMinuteOfDay: nowMod,
          untilMin: clockMin(config.hours.lastTicket) - nowMod,
          mix: arrivalMix(state),
        }
      : null,
  };
  const level = useArrivals ? todaysLevel(state, profile, now) : null;
  const planState = options.roster
    ? state
    : { ...state, config: { ...config, counters: config.counters.map((c) => ({ ...c, shifts: [] })) } };
  const counters = counterWindows(planState, now);

  const probeTickets: Ticket[] = probes.map((p) =>
    newWaitingTicket({
      // Sorts after every real id, so a real ticket wins every tie, as it would against a newcomer.
      id: `\uffff-probe-${p.key}`,
      token: '',
      number: '',
      laneId: p.laneId,
      businessTypeId: '',
      businessDate: state.businessDate,
      channel: 'kiosk',
      issuedAt: now,
      priorityGroupId: p.priorityGroupId,
      vipTierId: p.vipTierId,
    }),
  );
  const waiting = [...state.tickets.open.values()].filter((t) => t.status === 'waiting');
  const targets = [...waiting, ...probeTickets];
  const probeIds = new Set(probeTickets.map((t) => t.id));
  const rng = new RandomStream(seedOf(state));
  const { min, max, callBudget } = options.replays;
  let replays = options.deterministic ? 1 : Math.max(1, min);
  const samples = targets.map(() => new Float64Array(options.deterministic ? 1 : Math.max(max, min)));
  const aheads = targets.map(() => new Int32Array(samples[0]?.length ?? 1));
  const input = { state, now, counters, targets, probeIds, horizonMin: HORIZON_MIN };
  const prepared = prepareQueues(input);
  yield;
  for (let r = 0; r < replays; r++) {
    const meanFactor = new Map<string, number>();
    if (options.meanError && !options.deterministic)
      for (const [laneId, m] of service) {
        const s = m.cv / Math.sqrt(m.effectiveN);
        meanFactor.set(laneId, Math.exp(s * rng.normal() - (s * s) / 2));
      }
    const res = replayDispatch(
      input,
      models,
      {
        meanFactor,
        level: level ? rng.gamma(level.shape, 1 / level.rate) : 1,
        deterministic: options.deterministic,
      },
      rng,
      prepared,
    );
    for (let i = 0; i < targets.length; i++) {
      samples[i]![r] = res.calledAtMin[i]!;
      aheads[i]![r] = res.aheadReal[i]!;
    }
    if (r === 0 && !options.deterministic)
      replays = Math.min(max, Math.max(min, Math.floor(callBudget / Math.max(1, res.calls))));
    yield;
  }
  const summarize = (i: number): WaitForecast => {
    const sorted = Array.from(samples[i]!.subarray(0, replays)).sort((a, b) => a - b);
    // Only for a ticket no counter will serve: the order scan costs O(counters × tickets) each.
    const noWait = () => ({ ahead: orderAhead(state, now, targets[i]!, probeIds), wait: null });
    if (!Number.isFinite(sorted[Math.floor(sorted.length / 2)]!)) return noWait();
    const pointMin = printedPoint(sorted);
    const range = calibratedRange(sorted, { mass: options.range.mass, spread: spreadOf(targets[i]!.laneId) });
    if (!Number.isFinite(range.high)) return noWait();
    const ahead = Array.from(aheads[i]!.subarray(0, replays)).sort((a, b) => a - b)[Math.floor(replays / 2)]!;
    const atOnce = sorted.filter((w) => w === 0).length;
    // Whole minutes, rounded (not floored and ceiled: that alone would hold far more than 80 %).
    const lowMin = Math.min(Math.round(range.low), Math.floor(pointMin));
    const highMin = Math.max(Math.round(range.high), Math.ceil(pointMin), lowMin + 1);
    return { ahead, wait: { pointMin, lowMin, highMin, aboutNow: ahead === 0 && atOnce * 2 >= replays } };
  };
  const tickets = new Map<string, WaitForecast>();
  waiting.forEach((t, i) => tickets.set(t.id, summarize(i)));
  const probeOut = new Map<string, WaitForecast>();
  probes.forEach((p, j) => probeOut.set(p.key, summarize(waiting.length + j)));
  return { at: now, tickets, probes: probeOut, probeSpecs: probes, replays };
}

/**
 * A ticket's place by the dispatch order now, before any forecast has it: what a ticket given
 * a place of its own (an on-time booking's head start) is told at once, where the figure for
 * a new ticket of its lane would be wrong.
 */
export function aheadInOrder(state: EngineState, now: number, ticket: Ticket): number {
  return orderAhead(state, now, ticket, new Set());
}
