import { describe, expect, it } from 'vitest';
import { IDLE_MS, idleTimeoutMs, TICKET_SCREEN_MS } from './idle.ts';

describe('idleTimeoutMs', () => {
  it('never times out the welcome screen, returns sooner from the ticket than from a step', () => {
    expect(idleTimeoutMs('welcome')).toBeNull();
    expect(idleTimeoutMs('vip')).toBe(IDLE_MS);
    expect(idleTimeoutMs('confirm')).toBe(IDLE_MS);
    expect(idleTimeoutMs('ticket')).toBe(TICKET_SCREEN_MS);
    expect(TICKET_SCREEN_MS).toBeLessThan(IDLE_MS);
  });
});
