import { describe, expect, it } from 'vitest';
import type { KpiRankedRow } from '@lobby/shared';
import { bottomStreak, followUpOf, inBottom, withBottomStreaks } from './kpi-bottom-streaks.ts';

/** A ranked month from [tellerId, score] pairs, ranked the way buildScorecard ranks (ties share the better rank). */
function month(scores: [string, number][]): KpiRankedRow[] {
  const sorted = [...scores].sort((a, b) => b[1] - a[1]);
  return sorted.map(([tellerId, score]) => ({
    rank: sorted.findIndex((s) => s[1] === score) + 1,
    tellerId,
    tellerName: tellerId,
    handled: 10,
    served: 10,
    meanServiceMin: 5,
    meanWaitMin: 5,
    ratings: 0,
    complaints: 0,
    efficiency: score,
    quality: score,
    satisfaction: null,
    adjustmentPoints: 0,
    score,
  }));
}

const eight = (low: string[]) =>
  month(
    ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8'].map((id, i): [string, number] => [
      id,
      low.includes(id) ? 10 + i : 90 - i,
    ]),
  );

describe('bottom-N streaks (R52)', () => {
  it('counts the bottom N by rank, and nobody when the month ranks N tellers or fewer', () => {
    const m = month([
      ['a', 90],
      ['b', 80],
      ['c', 70],
      ['d', 60],
      ['e', 50],
    ]);
    expect(m.filter((r) => inBottom(r, m.length, 3)).map((r) => r.tellerId)).toEqual(['c', 'd', 'e']);
    const small = month([
      ['a', 90],
      ['b', 80],
      ['c', 70],
    ]);
    expect(small.filter((r) => inBottom(r, small.length, 3))).toEqual([]);
  });

  it('keeps both tellers of a tie on the boundary out of the bottom', () => {
    const m = month([
      ['a', 90],
      ['b', 80],
      ['c', 70],
      ['d', 70],
      ['e', 60],
    ]);
    expect(m.filter((r) => inBottom(r, m.length, 2)).map((r) => r.tellerId)).toEqual(['e']);
  });

  it('counts consecutive months back from this one; a month out of the bottom or absent ends the run', () => {
    const months = [
      eight(['t1', 't2', 't3']),
      eight(['t1', 't2', 't4']),
      eight(['t1', 't5', 't6']),
      month([['t2', 1]]),
    ];
    expect(bottomStreak('t1', months, 3)).toBe(3);
    expect(bottomStreak('t2', months, 3)).toBe(2);
    expect(bottomStreak('t3', months, 3)).toBe(1);
    expect(bottomStreak('t4', months, 3)).toBe(0);
  });

  it('asks for the follow-up R52 names', () => {
    expect(followUpOf(0, 0)).toBe('none');
    expect(followUpOf(0, 2)).toBe('none');
    expect(followUpOf(1, 1)).toBe('roomManagerTalk');
    expect(followUpOf(2, 2)).toBe('departmentHeadTalk');
    expect(followUpOf(1, 3)).toBe('offPost');
    expect(followUpOf(3, 3)).toBe('offPost');
  });

  it('adds each teller’s runs and follow-up to the month’s rows', () => {
    // t1: bottom 3 for three months → bottom 5 for three months too → off-post.
    // t4: bottom 5 (not 3) this month and the two before → off-post as well.
    // t2: bottom 3 this month and last → department head.  t3: bottom 3 this month only → room manager.
    const now = eight(['t1', 't2', 't3', 't4', 't5']);
    const rows = withBottomStreaks(now, [eight(['t1', 't2', 't4', 't6', 't7']), eight(['t1', 't4', 't6', 't7', 't8'])]);
    const byId = Object.fromEntries(rows.map((r) => [r.tellerId, [r.bottom3Months, r.bottom5Months, r.followUp]]));
    expect(byId).toMatchObject({
      t1: [3, 3, 'offPost'],
      t4: [0, 3, 'offPost'],
      t2: [2, 2, 'departmentHeadTalk'],
      t3: [1, 1, 'roomManagerTalk'],
      t6: [0, 0, 'none'],
    });
  });
});
