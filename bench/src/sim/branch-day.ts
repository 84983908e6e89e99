import type { LaneKind } from '@lobby/shared';
import { createInitialState } from '../../../server/src/engine/index.ts';
import type { ArrivalProfile } from '../../../server/src/engine/estimate/arrival-profile.ts';
import {
  DEFAULT_FORECAST,
  forecastWaits,
  probeKey,
  type ForecastOptions,
} from '../../../server/src/engine/estimate/forecast.ts';
import { RangeCalibrator } from '../../../server/src/engine/estimate/range-calibration.ts';
import type { DispatchPolicyName, EngineState } from '../../../server/src/engine/index.ts';
import type { Customer, DayDraw } from './customers.ts';
import { DayDriver } from './day-driver.ts';
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
  /** What the kiosk printed (the forecast's new-ticket figure, as of the hall just before the issue), and the baselines at the same instant. */
  ahead: number | null;
  printedMin: number | null;
  /** Printed "about now" (nobody ahead, a counter free) instead of a range. */
  printedAboutNow: boolean;
  printedLowMin: number | null;
  printedHighMin: number | null;
  /** The deterministic replay at mean times (the estimator of old), the same instant. */
  deterministicMin: number | null;
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
  /** Record the printed estimate of each ticket (costs one forecast per issue). */
  estimates?: boolean;
  /** The forecast the kiosk prints from, and the arrival profile it learned; default: the shipped options, no profile. */
  estimator?: {
    options?: ForecastOptions;
    profile: ArrivalProfile | null;
    /** The range calibration, carried from day to day as the server keeps it; null: the fixed spread. Default: a fresh one. */
    calibrator?: RangeCalibrator | null;
  };
  /** Called at each issue with the hall as it is then (the P5 oracle keeps snapshots). */
  onIssued?: (driver: DayDriver, record: TicketRecord) => void;
}

export function simulateDay(scenario: Scenario, draw: DayDraw, options: DayOptions): DayRun {
  const config = simBranchConfig(scenario, options.tuning);
  const dayStart = simDayStart(scenario);
  const laneKind = new Map(scenario.lanes.map((l) => [l.id, l.kind]));
  const laneMean = new Map(scenario.lanes.map((l) => [l.id, l.service.meanMin]));
  const records = new Map<string, TicketRecord>();
  const lastServiceEntryWait = new Map<string, number>();
  const tellers = DayDriver.freshTellers(scenario);
  const coverage = options.estimator?.calibrator === undefined ? new RangeCalibrator() : options.estimator.calibrator;

  /** The naive baseline: people waiting in the lane × mean service ÷ open counters serving it. */
  const naiveEstimate = (laneId: string, waitingAhead: number): number | null => {
    let open = 0;
    for (const t of tellers.values()) if (t.status !== 'off' && t.laneIds.includes(laneId)) open += 1;
    return open > 0 ? ((waitingAhead + 1) * (laneMean.get(laneId) ?? 5)) / open : null;
  };

  const driver: DayDriver = new DayDriver(
    scenario,
    config,
    dayStart,
    createInitialState(config, dayStart, options.dispatch),
    0,
    tellers,
    {
      issued(ticketId, c) {
        const nowMin = driver.nowMin;
        const rec: TicketRecord = {
          ticketId,
          customer: c,
          laneKind: laneKind.get(c.laneId) ?? 'personal',
          measured: !c.preloaded && c.arrivalMin >= scenario.warmupMin,
          issuedMin: nowMin,
          firstCalledMin: null,
          outcome: 'closed',
          ahead: null,
          printedMin: null,
          printedAboutNow: false,
          deterministicMin: null,
          printedLowMin: null,
          printedHighMin: null,
          lesMin: null,
          naiveMin: null,
        };
        if (options.estimates) {
          const state = driver.stateBeforeIssue;
          let waitingAhead = 0;
          for (const t of state.tickets.values())
            if (t.laneId === c.laneId && t.status === 'waiting') waitingAhead += 1;
          const now = dayStart + nowMin * MINUTE;
          const issuedTicket = driver.state.tickets.get(ticketId)!;
          const probe = {
            key: probeKey(c.laneId, issuedTicket.priorityGroupId, issuedTicket.vipTierId),
            laneId: c.laneId,
            priorityGroupId: issuedTicket.priorityGroupId,
            vipTierId: issuedTicket.vipTierId,
          };
          const profile = options.estimator?.profile ?? null;
          const opts = options.estimator?.options ?? DEFAULT_FORECAST;
          const spread = coverage ? (lane: string) => coverage.spreadFor(lane) : undefined;
          const forecast = forecastWaits(state, now, profile, opts, [probe], spread).probes.get(probe.key);
          const printed = forecast?.wait ?? null;
          const det = forecastWaits(state, now, null, { ...opts, deterministic: true, roster: false }, [probe]);
          rec.ahead = forecast?.ahead ?? null;
          rec.printedMin = printed ? (printed.aboutNow ? 0 : printed.pointMin) : null;
          rec.printedAboutNow = printed?.aboutNow ?? false;
          rec.printedLowMin = printed?.lowMin ?? null;
          rec.printedHighMin = printed?.highMin ?? null;
          rec.deterministicMin = det.probes.get(probe.key)?.wait?.pointMin ?? null;
          rec.lesMin = lastServiceEntryWait.get(c.laneId) ?? 0;
          rec.naiveMin = naiveEstimate(c.laneId, waitingAhead);
        }
        options.onIssued?.(driver, rec);
        records.set(ticketId, rec);
      },
      called(ticketId) {
        const rec = records.get(ticketId);
        if (!rec || rec.firstCalledMin !== null) return;
        rec.firstCalledMin = driver.nowMin;
        if (coverage && rec.printedLowMin !== null && rec.printedHighMin !== null && !rec.printedAboutNow)
          coverage.observe(
            rec.customer.laneId,
            rec.printedLowMin,
            rec.printedHighMin,
            rec.firstCalledMin - rec.issuedMin,
          );
      },
      serviceStarted(ticketId, c) {
        const rec = records.get(ticketId);
        if (rec) lastServiceEntryWait.set(c.laneId, driver.nowMin - rec.issuedMin);
      },
    },
  );
  for (const c of draw.customers) driver.queue.push(c.arrivalMin, { kind: 'arrival', customer: c });
  driver.pushShifts(0);
  driver.run();

  // Whoever no counter could serve ends with the day close, as in the real branch.
  if (
    [...driver.state.tickets.values()].some(
      (t) => t.status === 'waiting' || t.status === 'called' || t.status === 'serving',
    )
  ) {
    driver.exec({ type: 'day:close', actorId: ACTOR, reason: 'simulated day over' });
  }
  const state = driver.state;
  for (const t of state.tickets.values()) {
    const rec = records.get(t.id);
    if (!rec) continue;
    rec.outcome = t.outcome === 'served' ? 'served' : t.outcome === 'no_show' ? 'no_show' : 'closed';
  }
  return { records: [...records.values()], commands: driver.commands, finalState: state };
}

/** Minutes from issue to the first call; null when never called. */
export function waitOf(r: TicketRecord): number | null {
  return r.firstCalledMin === null ? null : r.firstCalledMin - r.issuedMin;
}
