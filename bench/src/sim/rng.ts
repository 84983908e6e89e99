import { xoroshiro128plus, type RandomGenerator } from 'pure-rand';

/**
 * Seeded random streams for the simulator. Every replication owns independent named
 * streams derived from (seed, replication, stream), so a policy run never shifts the
 * draws of another: that is what makes common random numbers across policies work.
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

/** SplitMix32-style mixing: well-spread 32-bit seeds from small integers. */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

export const STREAMS = { day: 1, arrivals: 2, customers: 3, oracle: 4 } as const;
export type StreamName = keyof typeof STREAMS;

export function streamFor(seed: number, replication: number, stream: StreamName): RandomStream {
  return new RandomStream(mix32(mix32(mix32(seed) ^ replication) ^ STREAMS[stream]));
}
