import { describe, expect, it } from 'vitest';
import { rateAt, thinnedArrivals } from './arrivals.ts';
import { REFERENCE_HOURLY } from './reference-day.ts';
import { RandomStream } from './rng.ts';

describe('non-homogeneous Poisson arrivals by thinning', () => {
  const schedule = { periodMin: 60, perPeriod: [...REFERENCE_HOURLY] };

  it('produces the hourly counts on average (Poisson: within 4 standard errors)', () => {
    const days = 400;
    const rng = new RandomStream(12345);
    const counts = REFERENCE_HOURLY.map(() => 0);
    for (let d = 0; d < days; d++) {
      for (const t of thinnedArrivals(rng, schedule)) counts[Math.floor(t / 60)]! += 1;
    }
    REFERENCE_HOURLY.forEach((rate, h) => {
      const mean = counts[h]! / days;
      const se = Math.sqrt(rate / days);
      expect(Math.abs(mean - rate)).toBeLessThan(4 * se);
    });
  });

  it('scales every hour with the day multiplier', () => {
    const rng = new RandomStream(7);
    let n = 0;
    const days = 300;
    for (let d = 0; d < days; d++) n += thinnedArrivals(rng, schedule, 1.2).length;
    const expected = 1.2 * REFERENCE_HOURLY.reduce((a, b) => a + b, 0);
    expect(Math.abs(n / days - expected)).toBeLessThan(4 * Math.sqrt(expected / days));
  });

  it('returns sorted times inside the day', () => {
    const times = thinnedArrivals(new RandomStream(1), schedule);
    expect(times.length).toBeGreaterThan(300);
    for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThanOrEqual(times[i - 1]!);
    expect(times.every((t) => t >= 0 && t < 480)).toBe(true);
    expect(rateAt(schedule, 185)).toBeCloseTo(85 / 60);
    expect(rateAt(schedule, 480)).toBe(0);
  });

  it('is reproducible from its seed', () => {
    expect(thinnedArrivals(new RandomStream(99), schedule)).toEqual(thinnedArrivals(new RandomStream(99), schedule));
    expect(thinnedArrivals(new RandomStream(99), schedule)).not.toEqual(
      thinnedArrivals(new RandomStream(100), schedule),
    );
  });
});
