import { localTime } from '@lobby/shared';
import type { EngineState } from '../types.ts';
import type { RandomStream } from './random.ts';

/**
 * The branch's own profile of recent working days: expected tickets per lane per
 * time-of-day bucket (from local midnight), how much whole days vary around it, and each
 * lane's counter times over those days (the prior of today's service model). The
 * store builds it from the ticket history (features/estimates); the simulator from
 * simulated past weeks. Future arrivals are what overtakes a waiting ticket (a VIP issued
 * later is called first), so the forecast draws them from this profile, scaled by how
 * busy today has been so far.
 */
export interface ArrivalProfile {
  /** Bucket length, minutes. */
  bucketMin: number;
  /** Mean tickets per bucket on a working day, per lane; index 0 starts at local midnight. */
  perLane: Record<string, number[]>;
  /** Working days averaged. */
  days: number;
  /** Coefficient of variation of a whole day's total around the profile (over-dispersion). */
  dayCv: number;
  /** Call → departure of the served customers of those days, per lane (lanes with none are absent). */
  service: Record<string, LaneServiceHistory>;
}

/** A lane's counter times over past days: as a lognormal, what today's learning starts from. */
export interface LaneServiceHistory {
  /** Served customers measured. */
  n: number;
  meanMin: number;
  /** Variance of log(minutes). */
  logVar: number;
}

const MINUTE = 60_000;
const MINUTES_PER_DAY = 24 * 60;
/** Below this day-to-day CV the update of today's level is taken as this (a profile of few days is no certainty). */
const MIN_DAY_CV = 0.1;

/** Expected tickets of all lanes from local midnight to `minuteOfDay`. */
function expectedSoFar(profile: ArrivalProfile, minuteOfDay: number): number {
  let sum = 0;
  for (const buckets of Object.values(profile.perLane)) {
    for (let b = 0; b < buckets.length; b++) {
      const from = b * profile.bucketMin;
      if (from >= minuteOfDay) break;
      const part = Math.min(1, (minuteOfDay - from) / profile.bucketMin);
      sum += (buckets[b] ?? 0) * part;
    }
  }
  return sum;
}

/**
 * Today's level against the profile, as a gamma posterior: prior mean 1 with the profile's
 * day-to-day CV, updated by the tickets issued so far against those the profile expected
 * by now. Shape and rate, so each replay can draw its own level.
 */
export interface DayLevel {
  shape: number;
  rate: number;
}

export function todaysLevel(state: EngineState, profile: ArrivalProfile, now: number): DayLevel {
  const cv = Math.max(MIN_DAY_CV, profile.dayCv);
  const k = 1 / (cv * cv);
  const { minuteOfDay } = localTime(now, state.config.hours.timeZone);
  let issued = 0;
  for (const t of state.tickets.values()) if (t.issuedAt <= now) issued += 1;
  const expected = expectedSoFar(profile, minuteOfDay + (now % MINUTE) / MINUTE);
  return { shape: k + issued, rate: k + expected };
}

/**
 * Next arrival time of a lane after `fromMin` (minutes from now), for a Poisson stream with
 * the profile's piecewise-constant rate × level, by inversion: one exponential of unit
 * rate, spent bucket by bucket. Infinity when no arrival comes before `untilMin`.
 */
export function nextArrivalMin(
  rng: RandomStream,
  buckets: readonly number[],
  bucketMin: number,
  level: number,
  startMinuteOfDay: number,
  fromMin: number,
  untilMin: number,
): number {
  let budget = rng.exponential(1);
  let t = fromMin;
  while (t < untilMin) {
    const mod = startMinuteOfDay + t;
    if (mod >= MINUTES_PER_DAY) return Infinity;
    const b = Math.floor(mod / bucketMin);
    const bucketEnd = Math.min(untilMin, (b + 1) * bucketMin - startMinuteOfDay);
    const rate = ((buckets[b] ?? 0) / bucketMin) * level;
    const span = bucketEnd - t;
    if (span <= 0) {
      t += 1e-6; // a float at a bucket edge
      continue;
    }
    if (rate * span >= budget) return t + budget / rate;
    budget -= rate * span;
    t = bucketEnd;
  }
  return Infinity;
}

/**
 * One past working day's tickets: lane and local minute of the day of each issue, and for a
 * served customer the call → departure time in minutes (null for a no-show or a ticket
 * never called).
 */
export type DayArrivals = readonly { laneId: string; minuteOfDay: number; serviceMin: number | null }[];

export const PROFILE_BUCKET_MIN = 30;

/**
 * The profile from past days: mean tickets per lane and bucket, and the day-to-day CV of
 * the daily total beyond its Poisson noise (a day of N tickets varies by √N by chance).
 * Null with no past day.
 */
export function profileFromDays(days: readonly DayArrivals[], bucketMin = PROFILE_BUCKET_MIN): ArrivalProfile | null {
  if (days.length === 0) return null;
  const buckets = Math.ceil(MINUTES_PER_DAY / bucketMin);
  const perLane: Record<string, number[]> = {};
  const totals: number[] = [];
  for (const day of days) {
    for (const a of day) {
      const lane = (perLane[a.laneId] ??= Array.from({ length: buckets }, () => 0));
      const b = Math.min(buckets - 1, Math.max(0, Math.floor(a.minuteOfDay / bucketMin)));
      lane[b] = (lane[b] ?? 0) + 1 / days.length;
    }
    totals.push(day.length);
  }
  const mean = totals.reduce((a, b) => a + b, 0) / days.length;
  const variance = totals.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, days.length - 1);
  const dayCv = mean > 0 && days.length > 1 ? Math.sqrt(Math.max(0, variance - mean)) / mean : 0;
  return { bucketMin, perLane, days: days.length, dayCv, service: serviceHistory(days) };
}

/** Ten seconds at least: a finish tapped right after the call says nothing of its log. */
export const MIN_LOGGED_SERVICE_MIN = 1 / 6;

function serviceHistory(days: readonly DayArrivals[]): Record<string, LaneServiceHistory> {
  const acc = new Map<string, { n: number; sum: number; logSum: number; logSq: number }>();
  for (const day of days)
    for (const a of day) {
      if (a.serviceMin === null || !Number.isFinite(a.serviceMin) || a.serviceMin < 0) continue;
      const e = acc.get(a.laneId) ?? { n: 0, sum: 0, logSum: 0, logSq: 0 };
      const ln = Math.log(Math.max(a.serviceMin, MIN_LOGGED_SERVICE_MIN));
      e.n += 1;
      e.sum += a.serviceMin;
      e.logSum += ln;
      e.logSq += ln * ln;
      acc.set(a.laneId, e);
    }
  const out: Record<string, LaneServiceHistory> = {};
  for (const [laneId, e] of acc) {
    const logMean = e.logSum / e.n;
    out[laneId] = { n: e.n, meanMin: e.sum / e.n, logVar: Math.max(0, e.logSq / e.n - logMean * logMean) };
  }
  return out;
}
