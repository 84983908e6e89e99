import { describe, expect, it } from 'vitest';
import { buildScorecard, weightedScore, type KpiAdjustment } from './kpi-scorecard.ts';
import { fixtureRatings, fixtureTickets } from '../reports/report-fixture-day.ts';

const targetServiceMin = { cash: 4, remittance: 5, 'vip-service': 6, 'corp-cash': 8 };
const weights = { efficiency: 0.35, quality: 0.25, satisfaction: 0.4 };
const bonus: KpiAdjustment = {
  id: 'adj1',
  tellerId: 'u1',
  month: '2026-11',
  points: 2,
  reason: '客户表扬信',
  actorId: 'admin',
  createdAt: 0,
};

describe('KPI scorecard over the fixture day', () => {
  const rows = buildScorecard({
    month: '2026-11',
    tickets: fixtureTickets(),
    ratings: fixtureRatings(),
    targetServiceMin,
    complaintsByTeller: { u1: 1 },
    adjustments: [bonus, { ...bonus, id: 'adj-other-month', month: '2026-10', points: 50 }],
    weights,
    tellerNames: { u1: '张三', u2: '李四' },
  });
  const u1 = rows.find((r) => r.tellerId === 'u1');
  const u2 = rows.find((r) => r.tellerId === 'u2');

  it('u1: efficiency 8/13 → 61.5, quality 2/3 − 10 → 56.7, satisfaction 3.75 → 68.8, score 63.2 + 2 = 65.2', () => {
    expect(u1).toMatchObject({
      tellerName: '张三',
      handled: 3,
      served: 2,
      complaints: 1,
      efficiency: 61.5,
      quality: 56.7,
      satisfaction: 68.8,
      adjustmentPoints: 2,
      score: 65.2,
    });
  });

  it('u2: efficiency capped at 100, quality 1/2 → 50, satisfaction 4.5 → 87.5, score 82.5, ranked first', () => {
    expect(u2).toMatchObject({ efficiency: 100, quality: 50, satisfaction: 87.5, score: 82.5, rank: 1 });
    expect(u1?.rank).toBe(2);
  });

  it('only counts adjustments of the month', () => {
    expect(u1?.adjustmentPoints).toBe(2);
  });
});

describe('weights', () => {
  it('drops a part without data and reweights the others', () => {
    expect(weightedScore({ efficiency: 80, quality: 60, satisfaction: null }, weights)).toBeCloseTo(
      (80 * 0.35 + 60 * 0.25) / 0.6,
      6,
    );
  });

  it('gives equal scores the same rank', () => {
    const same = buildScorecard({
      month: '2026-11',
      tickets: [],
      ratings: [],
      targetServiceMin,
      complaintsByTeller: {},
      adjustments: [
        { ...bonus, tellerId: 'a', points: 5 },
        { ...bonus, tellerId: 'b', points: 5 },
        { ...bonus, tellerId: 'c', points: 1 },
      ],
      weights,
      tellerNames: {},
    });
    expect(same.map((r) => [r.tellerId, r.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ]);
  });
});
