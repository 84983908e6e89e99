import type { WaitEstimate } from '../domain/floor.ts';

/**
 * How every screen words a wait (kiosk, ticket, mobile page, display, lobby): the printed
 * point in whole minutes with the range that holds 8 waits in 10, "about now" when nobody
 * is ahead and a counter is free (即将叫号), or no estimate when no counter will serve the
 * lane. One rule, so the kiosk, the ticket and the display never contradict each other.
 */
export type WaitWording =
  { kind: 'unknown' } | { kind: 'aboutNow' } | { kind: 'estimate'; minutes: number; low: number; high: number };

export function waitWording(estimate: WaitEstimate | null): WaitWording {
  if (!estimate) return { kind: 'unknown' };
  if (estimate.aboutNow) return { kind: 'aboutNow' };
  // "About 0 minutes" reads as a contradiction of waiting at all: a point under a minute is one minute.
  const minutes = Math.max(1, Math.round(estimate.pointMin));
  const low = Math.max(0, Math.min(Math.round(estimate.lowMin), minutes));
  const high = Math.max(Math.round(estimate.highMin), minutes, low + 1);
  return { kind: 'estimate', minutes, low, high };
}
