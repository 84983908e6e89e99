import {
  PROFILE_BUCKET_MIN,
  profileFromDays,
  type ArrivalProfile,
} from '../../../server/src/engine/estimate/arrival-profile.ts';
import { drawDay } from './customers.ts';
import type { Scenario } from './scenario.ts';

/**
 * The arrival profile a branch would have learned from its recent weeks: `days` past
 * working days of the same scenario (their own day multipliers and Poisson noise, from
 * replications no measured day uses), through the server's own `profileFromDays`: their
 * arrivals and the counter times of their served customers. The estimator never sees the
 * true rates or service laws.
 */
export const HISTORY_DAYS = 20;
/** Past days are replications from here on: far from any measured or oracle day. */
const HISTORY_REPLICATION_BASE = 1_000_000;

/**
 * `serviceFactor` scales the past days' counter times (a robustness check: weeks that were
 * slower or faster than today); 1 is the same branch as today.
 */
export function learnedProfile(
  scenario: Scenario,
  seed: number,
  days = HISTORY_DAYS,
  serviceFactor = 1,
): ArrivalProfile {
  const [h, m] = scenario.openClock.split(':').map(Number);
  const openMin = (h ?? 0) * 60 + (m ?? 0);
  const past = Array.from({ length: days }, (_, d) =>
    drawDay(scenario, seed, HISTORY_REPLICATION_BASE + d)
      .customers.filter((c) => !c.preloaded)
      .map((c) => ({
        laneId: c.laneId,
        minuteOfDay: openMin + c.arrivalMin,
        serviceMin: c.noShow ? null : c.serviceMin * serviceFactor,
      })),
  );
  const profile = profileFromDays(past);
  if (!profile) throw new Error('no history days');
  return profile;
}

/**
 * What the honest bound knows and a branch cannot (a diagnostic, never the printed estimate):
 * the day's true arrival rates (the schedule × that day's multiplier, no day-to-day
 * uncertainty left) and each lane's true service law, in the profile's shape.
 */
export function trueProfile(scenario: Scenario, multiplier: number, bucketMin = PROFILE_BUCKET_MIN): ArrivalProfile {
  const [h, m] = scenario.openClock.split(':').map(Number);
  const openMin = (h ?? 0) * 60 + (m ?? 0);
  const buckets = Math.ceil((24 * 60) / bucketMin);
  const { periodMin, perPeriod } = scenario.arrivals;
  const perLane: Record<string, number[]> = {};
  const service: ArrivalProfile['service'] = {};
  for (const lane of scenario.lanes) {
    const row = Array.from({ length: buckets }, () => 0);
    perPeriod.forEach((count, p) => {
      // Spread each period's arrivals evenly over the buckets it overlaps.
      const from = openMin + p * periodMin;
      for (let b = Math.floor(from / bucketMin); b * bucketMin < from + periodMin && b < buckets; b++) {
        const overlap = Math.min(from + periodMin, (b + 1) * bucketMin) - Math.max(from, b * bucketMin);
        row[b] = (row[b] ?? 0) + (count * lane.share * multiplier * overlap) / periodMin;
      }
    });
    perLane[lane.id] = row;
    const cv = lane.service.kind === 'lognormal' ? lane.service.cv : 1;
    service[lane.id] = {
      n: Number.MAX_SAFE_INTEGER,
      meanMin: lane.service.meanMin,
      logVar: lane.service.kind === 'lognormal' ? Math.log(1 + cv * cv) : Math.PI ** 2 / 6,
    };
  }
  return { bucketMin, perLane, days: Number.MAX_SAFE_INTEGER, dayCv: 0, service };
}
