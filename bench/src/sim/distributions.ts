import {
  lognormalParams,
  remainingLognormal,
  sampleLognormal,
  type RandomStream,
} from '../../../server/src/engine/estimate/random.ts';

export { lognormalParams, sampleLognormal, truncatedNormalAbove } from '../../../server/src/engine/estimate/random.ts';

/** Service-time laws the simulator knows; parameters are the mean and CV, as banks report them. */
export type ServiceLaw = { kind: 'lognormal'; meanMin: number; cv: number } | { kind: 'exponential'; meanMin: number };

export function sampleService(rng: RandomStream, law: ServiceLaw): number {
  return law.kind === 'exponential' ? rng.exponential(1 / law.meanMin) : sampleLognormal(rng, law.meanMin, law.cv);
}

/** Day-to-day over-dispersion: gamma with mean 1 and the given CV (CV 0 → exactly 1). */
export function sampleDayMultiplier(rng: RandomStream, cv: number): number {
  if (cv <= 0) return 1;
  const shape = 1 / (cv * cv);
  return rng.gamma(shape, 1 / shape);
}

/** A service time drawn knowing it has already lasted `elapsedMin`: the remaining part. */
export function sampleRemainingService(rng: RandomStream, law: ServiceLaw, elapsedMin: number): number {
  if (law.kind === 'exponential') return rng.exponential(1 / law.meanMin);
  const { mu, sigma } = lognormalParams(law.meanMin, law.cv);
  return remainingLognormal(rng, mu, sigma, elapsedMin);
}
