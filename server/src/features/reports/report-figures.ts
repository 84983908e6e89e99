/**
 * The report core: pure figures from a set of tickets and their ratings. Waits run from
 * issue to the last call, service from start to finish, walk from call to start
 * (docs/domain.md §4). "Served" counts finished tickets with outcome served or partially served.
 */
import { localTime } from '@lobby/shared';
import type {
  BranchReport,
  HourRow,
  ReportFigures,
  ReportBooking,
  ReportRating,
  ReportRow,
  ReportTicket,
  WaitBucket,
  AppointmentReport,
  WaitGroup,
} from './report-types.ts';
import { mean, pct, percentile, round1, toMinutes } from './report-stats.ts';

export interface ReportInput {
  from: string;
  to: string;
  tickets: readonly ReportTicket[];
  ratings: readonly ReportRating[];
  /** Target wait per lane, minutes (the lane's config at report time). */
  targetWaitMin: Readonly<Record<string, number>>;
  timeZone: string;
  /** The period's bookings (by slot date); none before appointments existed. */
  bookings?: readonly ReportBooking[];
}

const SERVED = new Set(['served', 'partially_served']);

function waitMs(t: ReportTicket): number | null {
  return t.calledAt === null ? null : t.calledAt - t.issuedAt;
}

export function computeFigures(
  tickets: readonly ReportTicket[],
  ratingByTicket: ReadonlyMap<string, ReportRating>,
  targetWaitMin: Readonly<Record<string, number>>,
): ReportFigures {
  const waits: number[] = [];
  const services: number[] = [];
  const walks: number[] = [];
  const attitudes: number[] = [];
  const efficiencies: number[] = [];
  let served = 0;
  let noShow = 0;
  let cancelled = 0;
  let closedAtDayEnd = 0;
  let withinTarget = 0;
  let suspends = 0;
  let transfers = 0;
  for (const t of tickets) {
    if (t.outcome !== null && SERVED.has(t.outcome)) served++;
    if (t.outcome === 'no_show') noShow++;
    if (t.outcome === 'cancelled') cancelled++;
    if (t.outcome === 'closed_at_day_end') closedAtDayEnd++;
    suspends += t.suspends;
    transfers += t.transfers;
    const w = waitMs(t);
    if (w !== null) {
      waits.push(w);
      const target = targetWaitMin[t.laneId];
      if (target !== undefined && w <= target * 60_000) withinTarget++;
    }
    if (t.startedAt !== null && t.finishedAt !== null) services.push(t.finishedAt - t.startedAt);
    if (t.calledAt !== null && t.startedAt !== null) walks.push(t.startedAt - t.calledAt);
    const r = ratingByTicket.get(t.id);
    if (r) {
      attitudes.push(r.attitude);
      efficiencies.push(r.efficiency);
    }
  }
  const meanOrNull = (xs: number[]) => {
    const m = mean(xs);
    return m === null ? null : toMinutes(m);
  };
  const p90 = percentile(waits, 90);
  const maxWait = waits.length === 0 ? null : Math.max(...waits);
  const meanAtt = mean(attitudes);
  const meanEff = mean(efficiencies);
  return {
    issued: tickets.length,
    served,
    noShow,
    cancelled,
    closedAtDayEnd,
    meanWaitMin: meanOrNull(waits),
    p90WaitMin: p90 === null ? null : toMinutes(p90),
    maxWaitMin: maxWait === null ? null : toMinutes(maxWait),
    meanServiceMin: meanOrNull(services),
    meanWalkMin: meanOrNull(walks),
    withinTargetPct: pct(withinTarget, waits.length),
    noShowPct: pct(noShow, waits.length),
    meanAttitude: meanAtt === null ? null : round1(meanAtt),
    meanEfficiency: meanEff === null ? null : round1(meanEff),
    ratings: attitudes.length,
    ratingResponsePct: pct(attitudes.length, served),
    suspends,
    transfers,
  };
}

function groupBy(
  tickets: readonly ReportTicket[],
  keyOf: (t: ReportTicket) => string | null,
): Map<string, ReportTicket[]> {
  const groups = new Map<string, ReportTicket[]>();
  for (const t of tickets) {
    const key = keyOf(t);
    if (key === null) continue;
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

const WAIT_BUCKETS_MIN = [0, 5, 10, 15, 20, 30, 45, 60];

export function waitDistribution(tickets: readonly ReportTicket[]): WaitBucket[] {
  const buckets: WaitBucket[] = WAIT_BUCKETS_MIN.map((fromMin, i) => ({
    fromMin,
    toMin: WAIT_BUCKETS_MIN[i + 1] ?? null,
    count: 0,
  }));
  for (const t of tickets) {
    const w = waitMs(t);
    if (w === null) continue;
    const minutes = w / 60_000;
    const bucket = buckets.findLast((b) => minutes >= b.fromMin);
    if (bucket) bucket.count++;
  }
  return buckets;
}

function waitGroup(f: ReportFigures): WaitGroup {
  return {
    tickets: f.issued,
    meanWaitMin: f.meanWaitMin,
    p90WaitMin: f.p90WaitMin,
    maxWaitMin: f.maxWaitMin,
    withinTargetPct: f.withinTargetPct,
  };
}

/** Bookings, check-in rate, punctuality, and booked (on time) vs walk-in waits. */
export function appointmentFigures(
  bookings: readonly ReportBooking[],
  figures: (ts: readonly ReportTicket[]) => ReportFigures,
  tickets: readonly ReportTicket[],
): AppointmentReport {
  const count = (p: (b: ReportBooking) => boolean) => bookings.filter(p).length;
  const cancelled = count((b) => b.status === 'cancelled');
  const checkedIn = count((b) => b.status === 'checked_in');
  const onTime = count((b) => b.status === 'checked_in' && b.punctuality === 'on_time');
  const missed = count((b) => b.status === 'missed');
  const expected = count((b) => b.status === 'booked');
  return {
    bookings: bookings.length - cancelled,
    cancelled,
    checkedIn,
    onTime,
    late: checkedIn - onTime,
    missed,
    expected,
    checkInPct: pct(checkedIn, checkedIn + missed),
    onTimePct: pct(onTime, checkedIn),
    booked: waitGroup(figures(tickets.filter((t) => t.booked === true))),
    walkIn: waitGroup(figures(tickets.filter((t) => t.booked !== true))),
  };
}

export function buildBranchReport(input: ReportInput): BranchReport {
  const ratingByTicket = new Map(input.ratings.map((r) => [r.ticketId, r]));
  const figures = (ts: readonly ReportTicket[]) => computeFigures(ts, ratingByTicket, input.targetWaitMin);
  const rows = (groups: Map<string, ReportTicket[]>): ReportRow[] =>
    [...groups].map(([key, ts]) => ({ key, ...figures(ts) }));
  const hourOf = (at: number) => String(Math.floor(localTime(at, input.timeZone).minuteOfDay / 60)).padStart(2, '0');

  const finishedByHour = new Map<string, number>();
  for (const t of input.tickets) {
    if (t.finishedAt === null || t.outcome === null || !SERVED.has(t.outcome)) continue;
    const h = hourOf(t.finishedAt);
    finishedByHour.set(h, (finishedByHour.get(h) ?? 0) + 1);
  }
  const issuedByHour = groupBy(input.tickets, (t) => hourOf(t.issuedAt));
  // An hour with finishes but no arrivals still belongs on the arrivals-vs-served chart.
  for (const h of finishedByHour.keys()) if (!issuedByHour.has(h)) issuedByHour.set(h, []);
  const byHour: HourRow[] = [...issuedByHour.keys()]
    .sort()
    .map((key) => ({ key, ...figures(issuedByHour.get(key) ?? []), finishedInHour: finishedByHour.get(key) ?? 0 }));

  const byDay = rows(groupBy(input.tickets, (t) => t.businessDate));
  return {
    from: input.from,
    to: input.to,
    days: byDay.map((r) => r.key),
    total: figures(input.tickets),
    byDay,
    byHour,
    byLane: rows(groupBy(input.tickets, (t) => t.laneId)),
    byBusinessType: rows(groupBy(input.tickets, (t) => t.businessTypeId)),
    byCounter: rows(groupBy(input.tickets, (t) => t.counterId)),
    byTeller: rows(groupBy(input.tickets, (t) => t.tellerId)),
    waitDistribution: waitDistribution(input.tickets),
    appointments: appointmentFigures(input.bookings ?? [], figures, input.tickets),
  };
}
