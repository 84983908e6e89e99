import type { LaneKind } from '@lobby/shared';
import { waitOf, type DayRun, type TicketRecord } from './branch-day.ts';
import { isBookableLane } from './scenario.ts';

/**
 * What one simulated day says about the policy, in minutes. Waits are issue → first call
 * of customers who were served (a no-show's "wait" ends when they had already left).
 * Days keep sums and counts, not means: a busy day has more customers *and* longer waits,
 * so the customer-weighted mean is Σ waits ÷ Σ customers over the days (a mean of daily
 * means would be biased low).
 */
export const KINDS: readonly LaneKind[] = ['vip', 'business', 'personal', 'fast'];
export type Group = LaneKind | 'all';

export interface DaySummary {
  /** Every arrival of the day and their total service demand (preloaded excluded): control variates. */
  arrivals: number;
  workMin: number;
  issued: number;
  served: number;
  noShow: number;
  closed: number;
  waitSum: Record<Group, number>;
  count: Record<Group, number>;
  /** Served customers who waited more than 15 minutes. */
  over15: number;
  maxWait: number;
  /** Personal-lane waits, for the pooled p99. */
  personalWaits: number[];
  /** Σ waits and customers by hour of issue (all lanes), for the per-hour comparison. */
  hourWaitSum: number[];
  hourCount: number[];
  /** Waits of booked customers, and of the walk-ins in the same (bookable) lanes. */
  bookedWaits: number[];
  walkInWaits: number[];
}

/** One ticket's estimate next to what happened, for the accuracy table. */
export interface EstimateSample {
  /** Replication (day) the ticket belongs to: tickets of one day are not independent. */
  day: number;
  laneKind: LaneKind;
  waitMin: number;
  ahead: number;
  /** The printed point, and the printed range (not shown when `aboutNow`: the ticket says 即将叫号). */
  printedMin: number;
  aboutNow: boolean;
  lowMin: number;
  highMin: number;
  deterministicMin: number | null;
  lesMin: number;
  naiveMin: number | null;
}

function emptyGroups(): Record<Group, number> {
  return { vip: 0, business: 0, personal: 0, fast: 0, all: 0 };
}

export function summarizeDay(run: DayRun): DaySummary {
  const waitSum = emptyGroups();
  const count = emptyGroups();
  const personalWaits: number[] = [];
  let issued = 0;
  let served = 0;
  let noShow = 0;
  let closed = 0;
  let over15 = 0;
  let maxWait = 0;
  let arrivals = 0;
  let workMin = 0;
  const hourWaitSum: number[] = [];
  const hourCount: number[] = [];
  const bookedWaits: number[] = [];
  const walkInWaits: number[] = [];
  for (const r of run.records) {
    if (!r.customer.preloaded) {
      arrivals += 1;
      workMin += r.customer.serviceMin;
    }
    if (!r.measured) continue;
    issued += 1;
    if (r.outcome === 'no_show') noShow += 1;
    if (r.outcome === 'closed') closed += 1;
    const w = waitOf(r);
    if (r.outcome !== 'served' || w === null) continue;
    served += 1;
    waitSum[r.laneKind] += w;
    count[r.laneKind] += 1;
    waitSum.all += w;
    count.all += 1;
    if (w > 15) over15 += 1;
    maxWait = Math.max(maxWait, w);
    if (r.laneKind === 'personal') personalWaits.push(w);
    if (r.customer.booked) bookedWaits.push(w);
    else if (isBookableLane(r.laneKind)) walkInWaits.push(w);
    const h = Math.floor(r.issuedMin / 60);
    hourWaitSum[h] = (hourWaitSum[h] ?? 0) + w;
    hourCount[h] = (hourCount[h] ?? 0) + 1;
  }
  for (let h = 0; h < hourCount.length; h++) {
    hourWaitSum[h] ??= 0;
    hourCount[h] ??= 0;
  }
  return {
    arrivals,
    workMin,
    issued,
    served,
    noShow,
    closed,
    waitSum,
    count,
    over15,
    maxWait,
    personalWaits,
    hourWaitSum,
    hourCount,
    bookedWaits,
    walkInWaits,
  };
}

export function estimateSamples(run: DayRun, day: number): EstimateSample[] {
  const out: EstimateSample[] = [];
  for (const r of run.records) {
    const w = waitOf(r);
    if (!r.measured || r.outcome !== 'served' || w === null) continue;
    if (r.printedMin === null || r.printedLowMin === null || r.printedHighMin === null) continue;
    if (r.ahead === null || r.lesMin === null) continue;
    out.push({
      day,
      laneKind: r.laneKind,
      waitMin: w,
      ahead: r.ahead,
      printedMin: r.printedMin,
      aboutNow: r.printedAboutNow,
      lowMin: r.printedLowMin,
      highMin: r.printedHighMin,
      deterministicMin: r.deterministicMin,
      lesMin: r.lesMin,
      naiveMin: r.naiveMin,
    });
  }
  return out;
}

/** Minutes waited by served, measured tickets (for tests and ad-hoc checks). */
export function servedWaits(records: readonly TicketRecord[]): number[] {
  const out: number[] = [];
  for (const r of records) {
    const w = waitOf(r);
    if (r.measured && r.outcome === 'served' && w !== null) out.push(w);
  }
  return out;
}
