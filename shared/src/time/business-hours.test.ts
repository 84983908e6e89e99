import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '../config/branch-config.ts';
import { hoursRefusal, isWorkingDay } from './business-hours.ts';

const hours: BusinessHours = {
  timeZone: 'Asia/Shanghai',
  open: '09:00',
  close: '17:00',
  lastTicket: '16:45',
  lunch: { start: '12:00', end: '13:00' },
  weekdays: [1, 2, 3, 4, 5],
  holidays: ['2026-10-01'],
  extraWorkdays: ['2026-10-10'],
  dayCloseAt: '17:30',
};
// Times in branch time (UTC+8): the kiosk machine's own zone must not matter.
const at = (iso: string) => Date.parse(`${iso}+08:00`);

describe('hoursRefusal', () => {
  it('lets tickets out during opening hours, lunch included', () => {
    expect(hoursRefusal(hours, at('2026-11-24T09:00:00'))).toBeNull();
    expect(hoursRefusal(hours, at('2026-11-24T12:30:00'))).toBeNull();
    expect(hoursRefusal(hours, at('2026-11-24T16:44:59'))).toBeNull();
  });

  it('refuses before opening, after the last ticket and after closing', () => {
    expect(hoursRefusal(hours, at('2026-11-24T08:59:00'))).toEqual({ kind: 'before_open', open: '09:00' });
    expect(hoursRefusal(hours, at('2026-11-24T16:45:00'))).toEqual({ kind: 'after_last_ticket', lastTicket: '16:45' });
    expect(hoursRefusal(hours, at('2026-11-24T17:00:00'))).toEqual({ kind: 'after_close', close: '17:00' });
  });

  it('knows weekends, holidays and make-up working days', () => {
    expect(hoursRefusal(hours, at('2026-11-28T10:00:00'))).toEqual({ kind: 'closed_today' }); // Saturday
    expect(hoursRefusal(hours, at('2026-10-01T10:00:00'))).toEqual({ kind: 'closed_today' }); // holiday, a Thursday
    expect(hoursRefusal(hours, at('2026-10-10T10:00:00'))).toBeNull(); // Saturday made a working day
  });

  it('judges in the branch time zone, not UTC', () => {
    // 01:30 UTC is 09:30 in Shanghai.
    expect(hoursRefusal(hours, Date.parse('2026-11-24T01:30:00Z'))).toBeNull();
    expect(hoursRefusal({ ...hours, timeZone: 'UTC' }, Date.parse('2026-11-24T01:30:00Z'))).toEqual({
      kind: 'before_open',
      open: '09:00',
    });
  });

  it('a date that is both a holiday and a make-up day stays closed, for tickets and for working-day counts alike', () => {
    const both = { ...hours, extraWorkdays: ['2026-10-10', '2026-10-01'] };
    expect(isWorkingDay('2026-10-01', both)).toBe(false);
    expect(hoursRefusal(both, at('2026-10-01T10:00:00'))).toEqual({ kind: 'closed_today' });
    expect(isWorkingDay('2026-10-10', both)).toBe(true);
  });
});
