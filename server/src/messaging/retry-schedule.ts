/**
 * When to try a failed delivery again: exponential backoff from `firstMs`, capped at `maxMs`,
 * giving up after `attempts` tries in all (null = give up). Used by the text-message pump and
 * the webhook sender; no jitter: one branch server sends to few endpoints.
 */
export interface RetrySchedule {
  firstMs: number;
  maxMs: number;
  attempts: number;
}

/** Text messages: a reminder or a code is worth little after a few minutes. */
export const MESSAGE_RETRIES: RetrySchedule = { firstMs: 5_000, maxMs: 120_000, attempts: 5 };
/** Webhooks: 10 s, 20 s, 40 s … capped at an hour, ten tries (about four hours) before the dead-letter list. */
export const WEBHOOK_RETRIES: RetrySchedule = { firstMs: 10_000, maxMs: 3_600_000, attempts: 10 };

/** After the `attemptsSoFar`-th failed try (1 = the first), when to try next, or null to give up. */
export function nextAttemptAt(s: RetrySchedule, attemptsSoFar: number, now: number): number | null {
  if (attemptsSoFar >= s.attempts) return null;
  return now + Math.min(s.maxMs, s.firstMs * 2 ** (attemptsSoFar - 1));
}
