import type { RandomStream } from './rng.ts';

/** Service-time laws the simulator knows; parameters are the mean and CV, as banks report them. */
export type ServiceLaw = { kind: 'lognormal'; meanMin: number; cv: number } | { kind: 'exponential'; meanMin: number };

/** Lognormal (mu, sigma) of the underlying normal for a given mean and coefficient of variation. */
export function lognormalParams(mean: number, cv: number): { mu: number; sigma: number } {
  const sigma2 = Math.log(1 + cv * cv);
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

export function sampleLognormal(rng: RandomStream, mean: number, cv: number): number {
  const { mu, sigma } = lognormalParams(mean, cv);
  return Math.exp(mu + sigma * rng.normal());
}

export function sampleService(rng: RandomStream, law: ServiceLaw): number {
  return law.kind === 'exponential' ? rng.exponential(1 / law.meanMin) : sampleLognormal(rng, law.meanMin, law.cv);
}

/** Day-to-day over-dispersion: gamma with mean 1 and the given CV (CV 0 → exactly 1). */
export function sampleDayMultiplier(rng: RandomStream, cv: number): number {
  if (cv <= 0) return 1;
  const shape = 1 / (cv * cv);
  return rng.gamma(shape, 1 / shape);
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

/** A service time drawn knowing it has already lasted `elapsedMin`: the remaining part. */
export function sampleRemainingService(rng: RandomStream, law: ServiceLaw, elapsedMin: number): number {
  if (law.kind === 'exponential') return rng.exponential(1 / law.meanMin);
  if (elapsedMin <= 0) return sampleLognormal(rng, law.meanMin, law.cv);
  const { mu, sigma } = lognormalParams(law.meanMin, law.cv);
  const z = truncatedNormalAbove(rng, (Math.log(elapsedMin) - mu) / sigma);
  return Math.max(0, Math.exp(mu + sigma * z) - elapsedMin);
}
