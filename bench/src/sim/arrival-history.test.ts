import { describe, expect, it } from 'vitest';
import { learnedProfile, trueProfile } from './arrival-history.ts';
import { referenceDay } from './reference-day.ts';

describe("the simulated branch's profile of recent weeks", () => {
  const scenario = referenceDay({ counters: 7 });
  const total = (p: { perLane: Record<string, number[]> }, laneId: string) =>
    (p.perLane[laneId] ?? []).reduce((a, b) => a + b, 0);
  const dayTotal = scenario.arrivals.perPeriod.reduce((a, b) => a + b, 0);

  it('learns arrivals and counter times near the true ones, from its own past days', () => {
    const learned = learnedProfile(scenario, 20261123);
    for (const lane of scenario.lanes) {
      // Twenty days with a day multiplier of CV 0.15 around 1: the mean day within ~10 %.
      expect(total(learned, lane.id) / (dayTotal * lane.share)).toBeGreaterThan(0.85);
      expect(total(learned, lane.id) / (dayTotal * lane.share)).toBeLessThan(1.15);
      const served = learned.service[lane.id]!;
      expect(served.n).toBeGreaterThan(100);
      expect(served.meanMin / lane.service.meanMin).toBeGreaterThan(0.8);
      expect(served.meanMin / lane.service.meanMin).toBeLessThan(1.2);
    }
    // Slower past weeks: the same customers' times × 1.25.
    const slower = learnedProfile(scenario, 20261123, undefined, 1.25);
    const lane = scenario.lanes[0]!.id;
    expect(slower.service[lane]!.meanMin).toBeCloseTo(learned.service[lane]!.meanMin * 1.25, 6);
  });

  it("the diagnostic's true profile holds the day's rates × its multiplier and the true laws", () => {
    const p = trueProfile(scenario, 1.2);
    for (const lane of scenario.lanes) {
      expect(total(p, lane.id)).toBeCloseTo(dayTotal * lane.share * 1.2, 6);
      expect(p.service[lane.id]!.meanMin).toBe(lane.service.meanMin);
    }
    // Nothing before the opening (09:00 = bucket 18 of 30 min).
    expect(p.perLane[scenario.lanes[0]!.id]!.slice(0, 18).every((x) => x === 0)).toBe(true);
    expect(p.dayCv).toBe(0);
  });
});
