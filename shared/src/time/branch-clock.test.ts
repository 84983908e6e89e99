import { describe, expect, it } from 'vitest';
import { branchInstant, localTime } from './branch-clock.ts';

/** The hour-cached offset must give exactly what Intl gives, DST transitions included. */
const formats = new Map<string, Intl.DateTimeFormat>();
function viaIntl(now: number, timeZone: string) {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    });
    formats.set(timeZone, f);
  }
  const p: Record<string, string> = {};
  for (const x of f.formatToParts(new Date(now))) p[x.type] = x.value;
  const wd = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.weekday ?? '') + 1;
  return { date: `${p.year}-${p.month}-${p.day}`, minuteOfDay: Number(p.hour) * 60 + Number(p.minute), isoWeekday: wd };
}

describe('localTime', () => {
  const zones = ['Asia/Shanghai', 'UTC', 'Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu'];

  it('matches Intl across DST transitions (sequential scan, cache hits and misses)', () => {
    for (const tz of zones) {
      for (let t = Date.UTC(2026, 2, 7); t < Date.UTC(2026, 3, 6); t += 37 * 60_000 + 13_000) {
        expect(localTime(t, tz)).toEqual(viaIntl(t, tz));
      }
    }
  });

  it('matches Intl at scattered instants over several years', () => {
    for (const tz of zones) {
      for (let i = 0; i < 300; i++) {
        const t = Date.UTC(2021, 0, 1) + ((i * 7_919_993_117) % (5 * 365 * 86_400_000));
        expect(localTime(t, tz)).toEqual(viaIntl(t, tz));
      }
    }
  });
});

describe('branchInstant', () => {
  it('is the instant the branch clock shows the date and time', () => {
    expect(branchInstant('2026-11-24', 9 * 60 + 30, 'Asia/Shanghai')).toBe(Date.parse('2026-11-24T09:30:00+08:00'));
    expect(branchInstant('2026-03-02', 0, 'UTC')).toBe(Date.parse('2026-03-02T00:00:00Z'));
    // New York: 09:00 on the day summer time starts (08 March 2026) is 13:00 UTC, the day before 14:00.
    expect(branchInstant('2026-03-08', 9 * 60, 'America/New_York')).toBe(Date.parse('2026-03-08T13:00:00Z'));
    expect(branchInstant('2026-03-07', 9 * 60, 'America/New_York')).toBe(Date.parse('2026-03-07T14:00:00Z'));
  });

  it('round-trips with localTime', () => {
    const t = branchInstant('2026-11-24', 17 * 60 + 5, 'Asia/Shanghai');
    expect(localTime(t, 'Asia/Shanghai')).toMatchObject({ date: '2026-11-24', minuteOfDay: 17 * 60 + 5 });
  });
});
