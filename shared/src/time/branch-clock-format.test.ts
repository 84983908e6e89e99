import { describe, expect, it } from 'vitest';
import { formatBranch } from './branch-clock.ts';

// 2026-12-03 02:33:07.450 UTC is 10:33:07 in Shanghai and 21:33:07 the day before in New York.
const at = Date.UTC(2026, 11, 3, 2, 33, 7, 450);

describe('formatBranch', () => {
  it('shows the branch zone whatever the runtime zone is', () => {
    expect(formatBranch(at, 'Asia/Shanghai', 'HH:mm')).toBe('10:33');
    expect(formatBranch(at, 'Asia/Shanghai', 'HH:mm:ss')).toBe('10:33:07');
    expect(formatBranch(at, 'Asia/Shanghai', 'YYYY-MM-DD')).toBe('2026-12-03');
    expect(formatBranch(at, 'Asia/Shanghai', 'YYYY-MM-DD HH:mm')).toBe('2026-12-03 10:33');
    expect(formatBranch(at, 'Asia/Shanghai', 'YYYY-MM-DD HH:mm:ss')).toBe('2026-12-03 10:33:07');
    expect(formatBranch(at, 'America/New_York', 'YYYY-MM-DD HH:mm:ss')).toBe('2026-12-02 21:33:07');
  });

  it('agrees with Intl to the second across a day and a DST change', () => {
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Berlin',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    const start = Date.UTC(2026, 2, 28, 20, 0, 0);
    for (let t = start; t < start + 12 * 3_600_000; t += 7_919) {
      const p = Object.fromEntries(intl.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
      expect(formatBranch(t, 'Europe/Berlin', 'YYYY-MM-DD HH:mm:ss')).toBe(
        `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`,
      );
    }
  });

  it('counts seconds correctly before 1970', () => {
    expect(formatBranch(-1_000, 'UTC', 'HH:mm:ss')).toBe('23:59:59');
  });
});
