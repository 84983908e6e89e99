import type { KpiAdjustment, KpiRankedRow } from '@lobby/shared';
import { round1 } from '../reports/report-stats.ts';
import type { ReportRating, ReportTicket } from '../reports/report-types.ts';

export type { KpiAdjustment, KpiRankedRow };

/**
 * Monthly teller scorecard (docs/requirements.md R51–R53, R93, R174). Three parts, each 0–100:
 * - efficiency: target service time of what was served ÷ time actually spent (capped at 100),
 *   so a teller is not rewarded for rushing past the norm;
 * - quality: share of handled tickets fully served without a transfer, minus 10 points per
 *   complaint against the teller;
 * - satisfaction: the mean of both rating dimensions mapped 1..5 → 0..100.
 * The score is the weighted sum (config.kpiWeights; satisfaction ≤ 40 %) plus the recorded
 * point adjustments. A part with no data (no ratings) drops out and the others are reweighted,
 * so a teller nobody rated is neither punished nor rewarded for it.
 */
export interface KpiWeights {
  efficiency: number;
  quality: number;
  satisfaction: number;
}

export interface KpiInput {
  month: string;
  tickets: readonly ReportTicket[];
  ratings: readonly ReportRating[];
  /** Target service minutes per business type. */
  targetServiceMin: Readonly<Record<string, number>>;
  complaintsByTeller: Readonly<Record<string, number>>;
  adjustments: readonly KpiAdjustment[];
  weights: KpiWeights;
  tellerNames: Readonly<Record<string, string>>;
}

const COMPLAINT_PENALTY = 10;
const SERVED = new Set(['served', 'partially_served']);

function clamp100(n: number): number {
  return Math.max(0, Math.min(100, n));
}

export function efficiencyScore(
  tickets: readonly ReportTicket[],
  targetServiceMin: Readonly<Record<string, number>>,
): number | null {
  let target = 0;
  let actual = 0;
  for (const t of tickets) {
    if (t.startedAt === null || t.finishedAt === null || t.outcome === null || !SERVED.has(t.outcome)) continue;
    target += (targetServiceMin[t.businessTypeId] ?? 0) * 60_000;
    actual += t.finishedAt - t.startedAt;
  }
  if (actual <= 0) return null;
  return round1(clamp100((target / actual) * 100));
}

export function qualityScore(tickets: readonly ReportTicket[], complaints: number): number | null {
  if (tickets.length === 0) return null;
  const clean = tickets.filter((t) => t.outcome === 'served' && t.transfers === 0).length;
  return round1(clamp100((clean / tickets.length) * 100 - complaints * COMPLAINT_PENALTY));
}

export function satisfactionScore(ratings: readonly ReportRating[]): number | null {
  if (ratings.length === 0) return null;
  const mean = ratings.reduce((s, r) => s + (r.attitude + r.efficiency) / 2, 0) / ratings.length;
  return round1(((mean - 1) / 4) * 100);
}

export function weightedScore(
  parts: { efficiency: number | null; quality: number | null; satisfaction: number | null },
  weights: KpiWeights,
): number {
  let sum = 0;
  let weight = 0;
  for (const key of ['efficiency', 'quality', 'satisfaction'] as const) {
    const v = parts[key];
    if (v === null) continue;
    sum += v * weights[key];
    weight += weights[key];
  }
  return weight === 0 ? 0 : sum / weight;
}

export function buildScorecard(input: KpiInput): KpiRankedRow[] {
  const byTeller = new Map<string, ReportTicket[]>();
  for (const t of input.tickets) {
    if (t.tellerId === null) continue;
    const list = byTeller.get(t.tellerId) ?? [];
    list.push(t);
    byTeller.set(t.tellerId, list);
  }
  const monthAdjustments = input.adjustments.filter((a) => a.month === input.month);
  for (const a of monthAdjustments) if (!byTeller.has(a.tellerId)) byTeller.set(a.tellerId, []);
  const ratingByTicket = new Map(input.ratings.map((r) => [r.ticketId, r]));

  const rows = [...byTeller].map(([tellerId, tickets]): Omit<KpiRankedRow, 'rank'> => {
    const ratings = tickets.flatMap((t) => ratingByTicket.get(t.id) ?? []);
    const complaints = input.complaintsByTeller[tellerId] ?? 0;
    const efficiency = efficiencyScore(tickets, input.targetServiceMin);
    const quality = qualityScore(tickets, complaints);
    const satisfaction = satisfactionScore(ratings);
    const adjustmentPoints = monthAdjustments.filter((a) => a.tellerId === tellerId).reduce((s, a) => s + a.points, 0);
    const services = tickets
      .filter((t) => t.startedAt !== null && t.finishedAt !== null)
      .map((t) => (t.finishedAt ?? 0) - (t.startedAt ?? 0));
    const waits = tickets.filter((t) => t.calledAt !== null).map((t) => (t.calledAt ?? 0) - t.issuedAt);
    const meanMin = (xs: number[]) =>
      xs.length === 0 ? null : round1(xs.reduce((a, b) => a + b, 0) / xs.length / 60_000);
    return {
      tellerId,
      tellerName: input.tellerNames[tellerId] ?? tellerId,
      handled: tickets.length,
      served: tickets.filter((t) => t.outcome !== null && SERVED.has(t.outcome)).length,
      meanServiceMin: meanMin(services),
      meanWaitMin: meanMin(waits),
      ratings: ratings.length,
      complaints,
      efficiency,
      quality,
      satisfaction,
      adjustmentPoints,
      score: round1(weightedScore({ efficiency, quality, satisfaction }, input.weights) + adjustmentPoints),
    };
  });
  rows.sort((a, b) => b.score - a.score || a.tellerId.localeCompare(b.tellerId));
  // Equal scores share a rank (1, 2, 2, 4): a ranking that decides bonuses must not break ties arbitrarily.
  return rows.map((r, i) => ({ ...r, rank: rows.findIndex((x) => x.score === r.score) + 1 || i + 1 }));
}
