import { describe, expect, it } from 'vitest';
import {
  lognormalParams,
  sampleDayMultiplier,
  sampleLognormal,
  sampleRemainingService,
  truncatedNormalAbove,
} from './distributions.ts';
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

  it('a normal truncated below has the textbook mean, in the body and in the tail', () => {
    const rng = new RandomStream(17);
    // E[Z | Z > a] = φ(a) ÷ (1 − Φ(a)).
    for (const [a, expected] of [
      [0, 0.7979],
      [2, 2.3732],
      [3.5, 3.7717],
    ] as const) {
      const xs = Array.from({ length: 100_000 }, () => truncatedNormalAbove(rng, a));
      expect(Math.min(...xs)).toBeGreaterThan(a);
      expect(mean(xs)).toBeCloseTo(expected, 1);
    }
  });

  it('the remaining service of a customer already served for a while matches the conditional law', () => {
    const rng = new RandomStream(23);
    const law = { kind: 'lognormal', meanMin: 8, cv: 1 } as const;
    const remaining: number[] = [];
    for (const elapsed of [2, 8, 20]) {
      const direct = Array.from({ length: 400_000 }, () => sampleLognormal(rng, 8, 1))
        .filter((s) => s > elapsed)
        .map((s) => s - elapsed);
      const conditional = Array.from({ length: 40_000 }, () => sampleRemainingService(rng, law, elapsed));
      expect(Math.min(...conditional)).toBeGreaterThanOrEqual(0);
      expect(mean(conditional) / mean(direct)).toBeGreaterThan(0.95);
      expect(mean(conditional) / mean(direct)).toBeLessThan(1.05);
      remaining.push(mean(conditional));
    }
    // The lognormal's residual life grows: the longer a service has lasted, the longer it still lasts.
    expect(remaining[0]!).toBeLessThan(remaining[1]!);
    expect(remaining[1]!).toBeLessThan(remaining[2]!);
  });
});
