import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '../config/branch-config.ts';
import { isWorkingDay } from './branch-calendar.ts';
import { hoursRefusal } from './business-hours.ts';

const hours: BusinessHours = {
  timeZone: 'Asia/Shanghai',
  open: '09:00',
  close: '17:00',
  lastTicket: '16:45',
  lunch: { start: '12:00', end: '13:00' },
  weekdays: [1, 2, 3, 4, 5],
  calendarOverrides: [],
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
    // From the official 2026 schedule, nothing typed in: 国庆 Thu Oct 1 closed, 调休 Sat Oct 10 open.
    expect(hoursRefusal(hours, at('2026-10-01T10:00:00'))).toEqual({ kind: 'closed_today' });
    expect(hoursRefusal(hours, at('2026-10-10T10:00:00'))).toBeNull();
  });

  it('judges in the branch time zone, not UTC', () => {
    // 01:30 UTC is 09:30 in Shanghai.
    expect(hoursRefusal(hours, Date.parse('2026-11-24T01:30:00Z'))).toBeNull();
    expect(hoursRefusal({ ...hours, timeZone: 'UTC' }, Date.parse('2026-11-24T01:30:00Z'))).toEqual({
      kind: 'before_open',
      open: '09:00',
    });
  });

  it("an admin's closed day refuses tickets on an ordinary Tuesday", () => {
    const closed = { ...hours, calendarOverrides: [{ date: '2026-11-24', open: false, note: '装修' }] };
    expect(hoursRefusal(closed, at('2026-11-24T10:00:00'))).toEqual({ kind: 'closed_today' });
    expect(isWorkingDay('2026-11-24', closed)).toBe(false);
  });
});
