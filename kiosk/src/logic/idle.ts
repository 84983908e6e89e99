import type { Step } from './flow.ts';

/** How long a screen waits for a touch before it gives the kiosk back to the next customer. */
export const IDLE_MS = 45_000;
/** The ticket screen returns sooner: the customer has what they came for. */
export const TICKET_SCREEN_MS = 20_000;

export function idleTimeoutMs(step: Step): number | null {
  if (step === 'welcome') return null;
  return step === 'ticket' ? TICKET_SCREEN_MS : IDLE_MS;
}
