import { xoroshiro128plus, type RandomGenerator } from 'pure-rand';

/**
 * Seeded random numbers for the wait forecast's replays (and the branch-day simulator,
 * which imports this one implementation). A forecast seeds its stream from the state it
 * describes, so the same state always gives the same figures: a refresh that changes
 * nothing never makes the display flicker.
 */
export class RandomStream {
  private readonly gen: RandomGenerator;
  private spareNormal: number | null = null;

  constructor(seed: number) {
    this.gen = xoroshiro128plus(seed | 0);
  }

  /** Uniform in the open interval (0, 1), 53 bits. */
  uniform(): number {
    const hi = (this.gen.unsafeNext() >>> 5) * 67108864;
    const lo = this.gen.unsafeNext() >>> 6;
    return (hi + lo + 0.5) / 9007199254740992;
  }

  /** Exponential with the given rate (mean 1/rate). */
  exponential(rate: number): number {
    return -Math.log(this.uniform()) / rate;
  }

  /** Standard normal (Box–Muller, the second value kept for the next call). */
  normal(): number {
    if (this.spareNormal !== null) {
      const z = this.spareNormal;
      this.spareNormal = null;
      return z;
    }
    const r = Math.sqrt(-2 * Math.log(this.uniform()));
    const theta = 2 * Math.PI * this.uniform();
    this.spareNormal = r * Math.sin(theta);
    return r * Math.cos(theta);
  }

  /** Gamma(shape, scale) by Marsaglia–Tsang; shape < 1 through the usual boost. */
  gamma(shape: number, scale: number): number {
    if (shape < 1) return this.gamma(shape + 1, scale) * Math.pow(this.uniform(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const z = this.normal();
      const v0 = 1 + c * z;
      if (v0 <= 0) continue;
      const v = v0 * v0 * v0;
      const u = this.uniform();
      if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v * scale;
    }
  }

  /** Poisson count with the given mean (inversion for small means, normal approximation above 60). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.uniform();
    while (p > limit) {
      k += 1;
      p *= this.uniform();
    }
    return k;
  }

  /** Index drawn with probability proportional to weights. */
  pick(weights: readonly number[]): number {
    const total = weights.reduce((s, w) => s + w, 0);
    let u = this.uniform() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i] ?? 0;
      if (u <= 0) return i;
    }
    return weights.length - 1;
  }
}

/** Lognormal (mu, sigma) of the underlying normal for a given mean and coefficient of variation. */
export function lognormalParams(mean: number, cv: number): { mu: number; sigma: number } {
  const sigma2 = Math.log(1 + cv * cv);
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

export function sampleLognormal(rng: RandomStream, mean: number, cv: number): number {
  const { mu, sigma } = lognormalParams(mean, cv);
  return Math.exp(mu + sigma * rng.normal());
}

/** Standard normal conditioned on Z > a: plain rejection near the body, Robert's exponential proposal in the tail. */
export function truncatedNormalAbove(rng: RandomStream, a: number): number {
  if (a < 1) {
    for (;;) {
      const z = rng.normal();
      if (z > a) return z;
    }
  }
  const alpha = (a + Math.sqrt(a * a + 4)) / 2;
  for (;;) {
    const z = a + rng.exponential(alpha);
    if (rng.uniform() <= Math.exp(-((z - alpha) ** 2) / 2)) return z;
  }
}

/** A lognormal(mu, sigma) duration that has already lasted `elapsed`: what is left of it. */
export function remainingLognormal(rng: RandomStream, mu: number, sigma: number, elapsed: number): number {
  if (elapsed <= 0) return Math.exp(mu + sigma * rng.normal());
  const z = truncatedNormalAbove(rng, (Math.log(elapsed) - mu) / sigma);
  return Math.max(0, Math.exp(mu + sigma * z) - elapsed);
}

/** SplitMix32-style mixing: well-spread 32-bit seeds from small integers. */
export function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}
