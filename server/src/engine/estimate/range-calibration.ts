/**
 * Keeps the printed range honest on the day it is printed: each lane's spread factor moves
 * with the outcomes of today's ranges, widening after a wait fell outside its range and
 * narrowing a little after one fell inside, so that in the long run 80 % fall inside
 * (adaptive conformal inference, Gibbs & Candès 2021, on the spread instead of the level).
 * The forecast's own replays are too narrow by a factor that differs by lane and by day
 * (a business lane's two counters, a heavy-tailed day): one fixed factor cannot hold every
 * lane at 80 % ± 3, this does without knowing which day it is.
 */
export interface CoverageSettings {
  /** Share of waits the range should hold. */
  target: number;
  /** Step of the log-spread per outcome. */
  gain: number;
  /** Spread of a lane before its first outcome today. */
  initial: number;
  min: number;
  max: number;
}

/**
 * Tuned on the reference day only (bench/src/policy/estimator-sweep.ts, 8 days): gain 0.05
 * held business / personal / VIP at 80.9 / 81.3 / 83.7 %, gain 0.15 at 80.4 / 79.2 / 82.6 %
 * (the VIP lane sees ~20 tickets a day, so a small step took days to settle).
 */
export const DEFAULT_COVERAGE: CoverageSettings = { target: 0.8, gain: 0.15, initial: 1.2, min: 0.3, max: 4 };

export class RangeCalibrator {
  private readonly spreads = new Map<string, number>();

  private readonly settings: CoverageSettings;

  constructor(settings: CoverageSettings = DEFAULT_COVERAGE) {
    this.settings = settings;
  }

  spreadFor(laneId: string): number {
    return this.spreads.get(laneId) ?? this.settings.initial;
  }

  /** A ticket printed the range [lowMin, highMin] and was called after `waitMin`. */
  observe(laneId: string, lowMin: number, highMin: number, waitMin: number): void {
    const { target, gain, min, max } = this.settings;
    const miss = waitMin < lowMin || waitMin > highMin ? 1 : 0;
    const next = this.spreadFor(laneId) * Math.exp(gain * (miss - (1 - target)));
    this.spreads.set(laneId, Math.min(max, Math.max(min, next)));
  }
}
