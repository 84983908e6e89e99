import { demoBranchConfig } from '../../../server/src/seed/demo-config.ts';
import { ACCUMULATED } from './policy-arms.ts';
import type { BenchOptions } from './bench-options.ts';
import type { DaySummary } from '../sim/day-metrics.ts';
import { runExperiment } from '../sim/parallel.ts';
import { referenceDay, type ReferenceVariant } from '../sim/reference-day.ts';
import { quantile, ratioEstimate, ratioOfPooled, sectioned, type Estimate } from '../sim/stats.ts';

/**
 * Issue 17's arm: the reference day with 20 % of personal and business customers booked and
 * checking in on time, under today's policy (the shipped configuration: a 15-minute head
 * start for on-time appointments). Reported: the booked customers' waits and the walk-ins'
 * in the same lanes, each against the same customers on the same days without the head
 * start (a booking then changes nothing: the no-booking day, with the customers still told
 * apart) — what booking gains the booked, and what it costs everyone else. Paired days,
 * common random numbers.
 */
export const BOOKED_SHARE = 0.2;
export const BOOKING_DAY: ReferenceVariant = { counters: 7, bookedShare: BOOKED_SHARE };

export interface WaitFigures {
  /** Customer-weighted mean wait, min. */
  mean: Estimate;
  /** Pooled 90th percentile, min (sectioning interval). */
  p90: Estimate;
  customersPerDay: number;
}

export interface BookingReport {
  name: string;
  reps: number;
  headStartMin: number;
  booked: WaitFigures;
  walkIn: WaitFigures;
  /** The same customers on the same days with no head start. */
  bookedWithout: WaitFigures;
  walkInWithout: WaitFigures;
  /** Mean wait with the head start ÷ without (paired): the booked's gain, the walk-ins' cost. */
  bookedRatio: Estimate;
  walkInRatio: Estimate;
  msPerDay: number;
}

type Pick = (d: DaySummary) => number[];
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function figures(days: readonly DaySummary[], pick: Pick): WaitFigures {
  return {
    mean: ratioEstimate(
      days.map((d) => sum(pick(d))),
      days.map((d) => pick(d).length),
    ),
    p90: sectioned(days, (s) => quantile(s.flatMap(pick), 0.9)),
    customersPerDay: days.reduce((a, d) => a + pick(d).length, 0) / Math.max(1, days.length),
  };
}

const ratio = (days: readonly DaySummary[], base: readonly DaySummary[], pick: Pick) =>
  ratioOfPooled(
    days.map((d) => sum(pick(d))),
    days.map((d) => pick(d).length),
    base.map((d) => sum(pick(d))),
    base.map((d) => pick(d).length),
  );

export async function runBookingArm(o: BenchOptions): Promise<BookingReport> {
  const scenario = referenceDay(BOOKING_DAY);
  const noHeadStart = {
    ...ACCUMULATED,
    label: `${ACCUMULATED.label}, no head start`,
    tuning: { appointmentHeadStartMin: 0 },
  };
  const res = await runExperiment(
    { scenario, arms: [ACCUMULATED, noHeadStart], seed: o.seed, reps: o.reps },
    o.workers,
  );
  const days = res.arms[0]?.days ?? [];
  const base = res.arms[1]?.days ?? [];
  const bookedOf: Pick = (d) => d.bookedWaits;
  const walkInOf: Pick = (d) => d.walkInWaits;
  return {
    name: scenario.name,
    reps: o.reps,
    headStartMin: demoBranchConfig().appointments.headStartMin,
    booked: figures(days, bookedOf),
    walkIn: figures(days, walkInOf),
    bookedWithout: figures(base, bookedOf),
    walkInWithout: figures(base, walkInOf),
    bookedRatio: ratio(days, base, bookedOf),
    walkInRatio: ratio(days, base, walkInOf),
    msPerDay: res.msPerDay,
  };
}
