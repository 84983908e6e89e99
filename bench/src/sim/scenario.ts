import type { LaneKind } from '@lobby/shared';
import type { RateSchedule } from './arrivals.ts';
import type { ServiceLaw } from './distributions.ts';

/**
 * What one simulated branch day looks like, independent of the engine: arrivals, lanes
 * with their mix and service law, counters with ordered lanes and working hours.
 * Times are minutes from the opening.
 */
export interface SimLane {
  id: string;
  kind: LaneKind;
  /** Share of arrivals issued into this lane. */
  share: number;
  service: ServiceLaw;
  /** VIP tier every ticket of this lane carries (the kiosk looks it up by card or phone). */
  vipTierId?: string;
}

export interface Shift {
  fromMin: number;
  /** End of the shift: the teller finishes the current customer, then leaves. Infinity = until the hall is empty. */
  toMin: number;
}

export interface SimCounter {
  id: string;
  /** Ordered: primary lane first, then fallbacks. */
  laneIds: string[];
  shifts: Shift[];
}

export interface Scenario {
  name: string;
  /** Local opening time of the branch ("HH:MM"); the arrival schedule starts here. */
  openClock: string;
  arrivals: RateSchedule;
  /** CV of the gamma day multiplier (0 = every day the same mean). */
  dayCv: number;
  lanes: SimLane[];
  counters: SimCounter[];
  /** Probability that a called customer does not come (per call). */
  noShowProb: number;
  /** Tickets issued before this minute are served but not measured (stationary runs only). */
  warmupMin: number;
  /**
   * Stationary runs: start with the M/M/c steady-state number of customers already in the
   * hall (issued at minute 0, not measured), so no warm-up is needed.
   */
  stationaryStart?: { servers: number; offeredLoad: number };
  /**
   * Share of personal and business customers who booked and check in on time (the policy's
   * appointment head start applies). Absent: nobody booked.
   */
  bookedShare?: number;
}

export function totalOfferedLoad(s: Scenario, periodIndex: number): number {
  const perMin = (s.arrivals.perPeriod[periodIndex] ?? 0) / s.arrivals.periodMin;
  return s.lanes.reduce((a, l) => a + perMin * l.share * l.service.meanMin, 0);
}

/** The lanes customers book for (`bookedShare`): personal and business. */
export const isBookableLane = (kind: LaneKind): boolean => kind === 'personal' || kind === 'business';
