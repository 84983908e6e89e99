import { profileFromDays, type ArrivalProfile } from '../../../server/src/engine/estimate/arrival-profile.ts';
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
