import { describe, expect, it } from 'vitest';
import { formatBranchClock, formatBranchTime } from './ticket-time.ts';

describe('formatBranchTime', () => {
  it('shows the branch clock, not the machine clock, across midnight', () => {
    // 16:05 UTC on the 23rd is 00:05 on the 24th in Shanghai.
    expect(formatBranchTime(Date.parse('2026-11-23T16:05:00Z'), 'Asia/Shanghai')).toBe('2026-11-24 00:05');
    expect(formatBranchTime(Date.parse('2026-11-23T16:05:00Z'), 'UTC')).toBe('2026-11-23 16:05');
  });
});

describe('formatBranchClock', () => {
  it('shows HH:MM on the branch clock for a phone in another zone', () => {
    expect(formatBranchClock(Date.parse('2026-11-24T01:07:00Z'), 'Asia/Shanghai')).toBe('09:07');
    expect(formatBranchClock(Date.parse('2026-11-24T01:07:00Z'), 'Europe/London')).toBe('01:07');
  });
});
