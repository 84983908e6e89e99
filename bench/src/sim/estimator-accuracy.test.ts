import { describe, expect, it } from 'vitest';
import type { EstimateSample } from './day-metrics.ts';
import { accuracyReport, oracleReport, withinTolerance } from './estimator-accuracy.ts';
import type { OracleSample } from './oracle-estimate.ts';

const sample = (
  day: number,
  laneKind: EstimateSample['laneKind'],
  waitMin: number,
  printedMidMin: number,
): EstimateSample => ({
  day,
  laneKind,
  waitMin,
  ahead: 4,
  printedMidMin,
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

  it('counts only waits over 5 minutes, per lane and with an interval over days', () => {
    const samples = [
      sample(0, 'personal', 10, 10),
      sample(0, 'personal', 10, 30),
      sample(0, 'business', 20, 21),
      sample(0, 'personal', 3, 40), // too short a wait to count
      sample(1, 'business', 20, 5),
      sample(1, 'personal', 8, 8),
    ];
    const r = accuracyReport(samples);
    expect(r.tickets).toBe(5);
    expect(r.printedHit.mean).toBeCloseTo(3 / 5, 12);
    expect(r.printedHit.n).toBe(2);
    expect(r.byLane).toEqual([
      { laneKind: 'business', tickets: 2, hit: 0.5 },
      { laneKind: 'personal', tickets: 3, hit: 2 / 3 },
    ]);
    expect(r.rows[1]).toMatchObject({ name: 'LES baseline', hit: 1 });
  });

  it('sets the oracle next to the printed estimate on the same tickets', () => {
    const o = (
      laneKind: OracleSample['laneKind'],
      waitMin: number,
      oracleMin: number,
      printedMidMin: number,
      rank: number,
    ): OracleSample => ({
      laneKind,
      waitMin,
      oracleMin,
      printedMidMin,
      oracleConfidence: 0.8,
      rank,
    });
    const r = oracleReport(
      [o('personal', 10, 10, 30, 0.5), o('personal', 10, 30, 10, 1), o('business', 20, 20, 20, 0)],
      1,
      9,
    );
    expect(r).toMatchObject({ tickets: 3, oracleHit: 2 / 3, printedHit: 2 / 3, aboveAll: 1 / 3, belowAll: 1 / 3 });
    expect(r.oracleExpectedHit).toBeCloseTo(0.8, 12);
    expect(r.byLane.map((l) => [l.laneKind, l.oracleHit, l.printedHit])).toEqual([
      ['business', 1, 1],
      ['personal', 0.5, 0.5],
    ]);
  });
});
