import type { RatingPrompt } from './evaluator-data.ts';

/** A customer who walks away without rating leaves the service unrated after this long. */
export const RATING_TIMEOUT_MS = 60_000;

export function promptSecondsLeft(prompt: RatingPrompt, now: number): number {
  return Math.max(0, Math.ceil((prompt.openedAt + RATING_TIMEOUT_MS - now) / 1000));
}
