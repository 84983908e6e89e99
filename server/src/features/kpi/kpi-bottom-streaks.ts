/**
 * docs/requirements.md R52: consequences of ranking at the bottom of the monthly scorecard —
 *  - bottom 3 in a month: a talk with the room manager;
 *  - bottom 3 for 2 consecutive months: a talk with the department head;
 *  - bottom 5 for 3 consecutive months: a month off-post (待岗), reported to HR.
 * A teller is in the bottom N of a month when their rank is below the top (count − N) and
 * the month ranks more than N tellers (in a room of three, nobody is "bottom 3"). Equal
 * scores share the better rank, so a tie on the boundary keeps both tellers out.
 */
import type { KpiFollowUp, KpiRankedRow, KpiRow } from '@lobby/shared';

export const BOTTOM_STREAK_MONTHS = 6;

export function inBottom(row: KpiRankedRow, rankedCount: number, n: number): boolean {
  return rankedCount > n && row.rank > rankedCount - n;
}

/** Consecutive months, newest first, that the teller spent in the bottom n; a month without the teller ends the run. */
export function bottomStreak(
  tellerId: string,
  monthsNewestFirst: readonly (readonly KpiRankedRow[])[],
  n: number,
): number {
  let months = 0;
  for (const rows of monthsNewestFirst) {
    const row = rows.find((r) => r.tellerId === tellerId);
    if (!row || !inBottom(row, rows.length, n)) break;
    months++;
  }
  return months;
}

export function followUpOf(bottom3Months: number, bottom5Months: number): KpiFollowUp {
  if (bottom5Months >= 3) return 'offPost';
  if (bottom3Months >= 2) return 'departmentHeadTalk';
  if (bottom3Months >= 1) return 'roomManagerTalk';
  return 'none';
}

/** The month's rows with their bottom-3 / bottom-5 runs; `earlier` are the months before it, newest first. */
export function withBottomStreaks(
  month: readonly KpiRankedRow[],
  earlier: readonly (readonly KpiRankedRow[])[],
): KpiRow[] {
  const months = [month, ...earlier];
  return month.map((row) => {
    const bottom3Months = bottomStreak(row.tellerId, months, 3);
    const bottom5Months = bottomStreak(row.tellerId, months, 5);
    return { ...row, bottom3Months, bottom5Months, followUp: followUpOf(bottom3Months, bottom5Months) };
  });
}
