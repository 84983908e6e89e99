import { describe, expect, it } from 'vitest';
import type { EstimateSample } from './day-metrics.ts';
import { accuracyReport, boundReport, withinTolerance } from './estimator-accuracy.ts';
import type { OracleSample } from './oracle-estimate.ts';

const sample = (
  day: number,
  laneKind: EstimateSample['laneKind'],
  waitMin: number,
  printedMin: number,
  range: [number, number] | 'aboutNow' = [printedMin - 2, printedMin + 2],
): EstimateSample => ({
  day,
  laneKind,
  waitMin,
  ahead: 4,
  printedMin,
  aboutNow: range === 'aboutNow',
  lowMin: range === 'aboutNow' ? 0 : range[0],
  highMin: range === 'aboutNow' ? 1 : range[1],
  deterministicMin: waitMin * 2,
  lesMin: waitMin,
  naiveMin: null,
});

describe('P5 accuracy figures', () => {
  it('the tolerance is ±(25 % of the wait + 2 min)', () => {
    expect(withinTolerance(12, 10)).toBe(true);
    expect(withinTolerance(14.5, 10)).toBe(true);
    expect(withinTolerance(14.6, 10)).toBe(false);
    expect(withinTolerance(5.5, 10)).toBe(true);
    expect(withinTolerance(5.4, 10)).toBe(false);
  });

  it('scores the point on waits over 5 minutes, the range on every ticket printed one, per lane and over days', () => {
    const samples = [
      sample(0, 'personal', 10, 10),
      sample(0, 'personal', 10, 30, [25, 35]),
      sample(0, 'business', 20, 21),
      sample(0, 'personal', 3, 40, [1, 4]), // too short a wait to score the point; its range holds
      sample(1, 'business', 20, 5, [3, 7]),
      sample(1, 'personal', 8, 8),
      sample(1, 'personal', 0.5, 0, 'aboutNow'), // "about now": no range printed
    ];
    const r = accuracyReport(samples);
    const all = r.byLane.find((l) => l.group === 'all')!;
    expect(all.scored).toBe(5);
    expect(all.hit.mean).toBeCloseTo(3 / 5, 12);
    expect(all.hit.n).toBe(2);
    expect(all.ranged).toBe(6);
    expect(all.coverage.mean).toBeCloseTo(4 / 6, 12);
    expect(all.coverageScored.mean).toBeCloseTo(3 / 5, 12);
    expect(all.lesHit).toBe(1);
    expect(all.deterministicHit).toBe(0);
    expect(r.byLane.map((l) => [l.group, l.scored, l.hit.mean])).toEqual([
      ['business', 2, 0.5],
      ['personal', 3, 2 / 3],
      ['all', 5, 0.6],
    ]);
    expect(r.aboutNow).toBe(1);
    expect(r.aboutNowKept).toBe(1);
  });

  it('sets the bound next to the printed point on the same tickets, with the paired gap', () => {
    const o = (
      laneKind: OracleSample['laneKind'],
      day: number,
      waitMin: number,
      oracleMin: number,
      printedMin: number,
      rank: number,
    ): OracleSample => ({
      day,
      laneKind,
      waitMin,
      oracleMin,
      printedMin,
      oracleConfidence: 0.8,
      rank,
    });
    const r = boundReport(
      [
        o('personal', 0, 10, 10, 30, 0.5),
        o('personal', 0, 10, 30, 10, 1),
        o('business', 1, 20, 20, 20, 0),
        o('business', 1, 20, 20, 40, 0.2),
      ],
      9,
      3,
    );
    const all = r.byLane.find((l) => l.group === 'all')!;
    expect(all).toMatchObject({ tickets: 4 });
    expect(all.bound.mean).toBeCloseTo(3 / 4, 12);
    expect(all.printed.mean).toBeCloseTo(2 / 4, 12);
    expect(all.gap.mean).toBeCloseTo(1 / 4, 12);
    expect(r).toMatchObject({ replays: 9, every: 3, aboveAll: 1 / 4, belowAll: 1 / 4 });
    expect(r.expectedHit).toBeCloseTo(0.8, 12);
    expect(r.byLane.map((l) => [l.group, l.bound.mean, l.printed.mean])).toEqual([
      ['business', 1, 0.5],
      ['personal', 0.5, 0.5],
      ['all', 0.75, 0.5],
    ]);
  });
});
