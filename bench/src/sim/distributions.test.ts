import { describe, expect, it } from 'vitest';
import { lognormalParams, sampleDayMultiplier, sampleLognormal } from './distributions.ts';
import { RandomStream } from './rng.ts';
import { mean, variance } from './stats.ts';

describe('service and day-multiplier laws', () => {
  it('lognormal has the requested mean and CV', () => {
    const rng = new RandomStream(2024);
    const xs = Array.from({ length: 200_000 }, () => sampleLognormal(rng, 4, 1));
    const m = mean(xs);
    const cv = Math.sqrt(variance(xs)) / m;
    expect(m).toBeGreaterThan(4 * 0.98);
    expect(m).toBeLessThan(4 * 1.02);
    // The sample CV of a heavy-tailed law converges slowly: 10 % is a fair band at n = 200k.
    expect(cv).toBeGreaterThan(0.9);
    expect(cv).toBeLessThan(1.1);
  });

  it('lognormal parameters invert exactly', () => {
    const { mu, sigma } = lognormalParams(6, 1.3);
    expect(Math.exp(mu + (sigma * sigma) / 2)).toBeCloseTo(6, 12);
    expect(Math.sqrt(Math.exp(sigma * sigma) - 1)).toBeCloseTo(1.3, 12);
  });

  it('gamma day multiplier has mean 1 and CV 0.15', () => {
    const rng = new RandomStream(5);
    const xs = Array.from({ length: 50_000 }, () => sampleDayMultiplier(rng, 0.15));
    expect(mean(xs)).toBeCloseTo(1, 2);
    expect(Math.sqrt(variance(xs))).toBeCloseTo(0.15, 2);
    expect(sampleDayMultiplier(rng, 0)).toBe(1);
  });
});
