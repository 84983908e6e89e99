import type { RandomStream } from './rng.ts';

/**
 * Non-homogeneous Poisson arrivals by thinning (Lewis–Shedler): candidates from a
 * homogeneous process at the peak rate, each kept with probability rate(t) ÷ peak.
 * Rates are piecewise constant per period (per hour for a branch day).
 */
export interface RateSchedule {
  /** Length of each period, minutes. */
  periodMin: number;
  /** Arrivals per period, one entry per period from the opening. */
  perPeriod: readonly number[];
}

export function rateAt(schedule: RateSchedule, tMin: number): number {
  const i = Math.floor(tMin / schedule.periodMin);
  return (schedule.perPeriod[i] ?? 0) / schedule.periodMin;
}

/** Arrival times in minutes from the opening, sorted; `multiplier` scales every rate (the day factor). */
export function thinnedArrivals(rng: RandomStream, schedule: RateSchedule, multiplier = 1): number[] {
  const horizon = schedule.periodMin * schedule.perPeriod.length;
  const peak = (Math.max(0, ...schedule.perPeriod) / schedule.periodMin) * multiplier;
  const times: number[] = [];
  if (peak <= 0) return times;
  let t = 0;
  for (;;) {
    t += rng.exponential(peak);
    if (t >= horizon) return times;
    // One uniform per candidate whether kept or not, so the stream stays aligned.
    if (rng.uniform() * peak <= rateAt(schedule, t) * multiplier) times.push(t);
  }
}
