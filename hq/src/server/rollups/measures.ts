/**
 * The rollup measures and each ticket's contribution to them. A rollup row is the sum of
 * the contributions of the tickets in its group; ingest subtracts a ticket's old
 * contribution and adds its new one, so the rollups always equal a recomputation from the
 * tickets' latest facts (see recompute.ts).
 */
export const COUNT_MEASURES = [
  'issued',
  'waited',
  'wait_ms',
  'within_target',
  'no_show',
  'served',
  'cancelled',
  'closed_day_end',
  'service_n',
  'service_ms',
  'target_service_ms',
  'served_service_ms',
  'clean_served',
  'rated',
  'attitude_sum',
  'efficiency_sum',
  'transfers',
] as const;

/**
 * Upper bounds (minutes, exclusive) of the wait histogram buckets w00..w24; w25 is everything
 * above two hours. One-minute buckets up to ten minutes, where most waits and targets are.
 */
export const WAIT_BUCKET_UPPER_MIN = [
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20, 25, 30, 35, 40, 45, 50, 60, 75, 90, 120,
] as const;
export const WAIT_BUCKETS = WAIT_BUCKET_UPPER_MIN.length + 1;
export const HIST_MEASURES = Array.from({ length: WAIT_BUCKETS }, (_, i) => `w${String(i).padStart(2, '0')}`);
export const MEASURES: readonly string[] = [...COUNT_MEASURES, ...HIST_MEASURES];
export const MEASURE_COUNT = MEASURES.length;
export type CountMeasure = (typeof COUNT_MEASURES)[number];
/** Index of each count measure in a contribution vector. */
export const M = Object.fromEntries(COUNT_MEASURES.map((m, i) => [m, i])) as Record<CountMeasure, number>;

/** What a ticket's contribution is computed from: its latest state as the tickets table holds it. */
export interface TicketState {
  ticketId: string;
  businessDate: string;
  hour: number;
  laneId: string;
  businessTypeId: string;
  number: string;
  status: string;
  outcome: string | null;
  issuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  counterId: string | null;
  tellerNo: string | null;
  transfers: number;
  targetWaitMs: number | null;
  targetServiceMs: number | null;
  attitude: number | null;
  efficiency: number | null;
}

const SERVED = new Set(['served', 'partially_served']);
const MINUTE = 60_000;

export function waitBucket(waitMs: number): number {
  const minutes = waitMs / MINUTE;
  const i = WAIT_BUCKET_UPPER_MIN.findIndex((upper) => minutes < upper);
  return i === -1 ? WAIT_BUCKETS - 1 : i;
}

/**
 * The ticket's contribution, as a vector in MEASURES order. Waits run from issue to the last
 * call, service from start to finish — as in the branch's own report (report-figures.ts).
 */
export function contribution(t: TicketState): number[] {
  const v = new Array<number>(MEASURE_COUNT).fill(0);
  const served = t.outcome !== null && SERVED.has(t.outcome);
  v[M.issued] = 1;
  if (t.calledAt !== null) {
    const wait = Math.max(0, t.calledAt - t.issuedAt);
    v[M.waited] = 1;
    v[M.wait_ms] = wait;
    if (t.targetWaitMs !== null && wait <= t.targetWaitMs) v[M.within_target] = 1;
    v[COUNT_MEASURES.length + waitBucket(wait)] = 1;
  }
  if (t.outcome === 'no_show') v[M.no_show] = 1;
  if (served) v[M.served] = 1;
  if (t.outcome === 'cancelled') v[M.cancelled] = 1;
  if (t.outcome === 'closed_at_day_end') v[M.closed_day_end] = 1;
  if (t.startedAt !== null && t.finishedAt !== null) {
    const service = Math.max(0, t.finishedAt - t.startedAt);
    v[M.service_n] = 1;
    v[M.service_ms] = service;
    if (served) {
      v[M.target_service_ms] = t.targetServiceMs ?? 0;
      v[M.served_service_ms] = service;
    }
  }
  if (t.outcome === 'served' && t.transfers === 0) v[M.clean_served] = 1;
  if (t.attitude !== null && t.efficiency !== null) {
    v[M.rated] = 1;
    v[M.attitude_sum] = t.attitude;
    v[M.efficiency_sum] = t.efficiency;
  }
  v[M.transfers] = t.transfers;
  return v;
}
