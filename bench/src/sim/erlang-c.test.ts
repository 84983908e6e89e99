import { describe, expect, it } from 'vitest';
import { erlangC, erlangCMeanWait, mmcStationaryCount } from './erlang-c.ts';

describe('Erlang C', () => {
  it('reduces to M/M/1: P(wait) = rho, Wq = rho / (mu − lambda)', () => {
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 12);
    expect(erlangCMeanWait(1, 0.7, 1)).toBeCloseTo(0.7 / 0.3, 12);
  });

  it('matches closed forms and table values', () => {
    // M/M/2 with a = 1 (ρ = 0.5): P0 = 1/3 and C = (a²/2!) · 1/(1 − ρ) · P0 = 1/3.
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    // Standard call-centre table: 5 agents, 4 erlangs → P(wait) ≈ 0.5541.
    expect(erlangC(5, 4)).toBeCloseTo(0.5541, 4);
    // 10 agents, 8 erlangs → 0.4092 (Erlang C tables).
    expect(erlangC(10, 8)).toBeCloseTo(0.4092, 4);
    // Wq for M/M/3, λ = 0.525/min, mean service 4 min (ρ = 0.7): C(3, 2.1) / (3μ − λ).
    expect(erlangCMeanWait(3, 0.525, 0.25)).toBeCloseTo(erlangC(3, 2.1) / (0.75 - 0.525), 12);
  });

  it('refuses an unstable queue', () => {
    expect(() => erlangC(3, 3)).toThrow(RangeError);
  });

  it('samples the stationary number in system with the right mean (L = Lq + a)', () => {
    const c = 3;
    const a = 2.55;
    const rho = a / c;
    const expected = (erlangC(c, a) * rho) / (1 - rho) + a;
    const n = 20000;
    let sum = 0;
    // Evenly spaced uniforms: a deterministic quadrature of the inverse CDF.
    for (let i = 0; i < n; i++) sum += mmcStationaryCount(c, a, (i + 0.5) / n);
    expect(sum / n).toBeCloseTo(expected, 1);
  });
});
