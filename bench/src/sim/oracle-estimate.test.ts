import { describe, expect, it } from 'vitest';
import { mostLikelyHit } from '../../../server/src/engine/estimate/wait-summary.ts';
import { boundPoint, oracleSamples } from './oracle-estimate.ts';
import { mmcScenario, referenceDay } from './reference-day.ts';
import { withinTolerance } from './estimator-accuracy.ts';

const DAY_TEST_MS = 120_000;

describe('P5 oracle', () => {
  it('prints the point that most sampled waits accept', () => {
    expect(mostLikelyHit([10, 10, 10])).toEqual({ point: 10, share: 1 });
    // 10 and 40 are never both accepted: one of them, and the share says so.
    const split = mostLikelyHit([10, 40]);
    expect(split.share).toBe(0.5);
    expect(withinTolerance(split.point, 10) || withinTolerance(split.point, 40)).toBe(true);
    // Three waits close together beat one far away, and the point accepts all three.
    const three = mostLikelyHit([20, 22, 25, 60]);
    expect(three.share).toBe(0.75);
    for (const w of [20, 22, 25]) expect(withinTolerance(three.point, w)).toBe(true);
    expect(mostLikelyHit([])).toEqual({ point: 0, share: 0 });
  });

  it('optimises its point on the replays longer than 5 minutes, the waits P5 scores', () => {
    // Six short replays and four long ones: over all ten the point would serve the short ones.
    const waits = [1, 1.5, 2, 2, 2.5, 3, 20, 21, 22, 24];
    const all = mostLikelyHit(waits);
    expect(withinTolerance(all.point, 2)).toBe(true);
    const bound = boundPoint(waits);
    for (const w of [20, 21, 22, 24]) expect(withinTolerance(bound.point, w)).toBe(true);
    // Its share is over all replays: 4 of 10 accepted and scored.
    expect(bound.share).toBeCloseTo(0.4, 12);
  });

  it(
    'is exact when nothing is random but the arrivals and the queue is first come, first served',
    () => {
      // One lane, fixed 4-minute services: a waiting ticket's call time is fixed by the hall at issue.
      const scenario = mmcScenario(2, 0.95, 4, 2);
      scenario.lanes[0]!.service = { kind: 'lognormal', meanMin: 4, cv: 1e-9 };
      const samples = oracleSamples(scenario, { seed: 8, replays: 3, minWaitMin: 1 }, 0, 2);
      expect(samples.length).toBeGreaterThan(10);
      for (const s of samples) {
        expect(s.oracleMin).toBeCloseTo(s.waitMin, 6);
        expect(s.oracleConfidence).toBe(1);
      }
    },
    DAY_TEST_MS,
  );

  it(
    "on a reference day gives an estimate for long-waiting tickets, with real waits inside the replays' range",
    () => {
      const samples = oracleSamples(referenceDay({ counters: 7 }), { seed: 3, replays: 4, minWaitMin: 5 }, 0, 1);
      expect(samples.length).toBeGreaterThan(20);
      expect(samples.some((s) => s.laneKind === 'business') && samples.some((s) => s.laneKind === 'personal')).toBe(
        true,
      );
      for (const s of samples) {
        expect(s.waitMin).toBeGreaterThan(5);
        expect(s.oracleMin).toBeGreaterThanOrEqual(0);
        expect(s.rank).toBeGreaterThanOrEqual(0);
        expect(s.rank).toBeLessThanOrEqual(1);
      }
      // Service times are random (CV 1): some real waits fall inside the replays' range.
      expect(samples.some((s) => s.rank > 0 && s.rank < 1)).toBe(true);
    },
    DAY_TEST_MS,
  );
});
