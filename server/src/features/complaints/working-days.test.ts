import { describe, expect, it } from 'vitest';
import { isWorkingDay, type WorkCalendar } from '@lobby/shared';
import { addWorkingDays, workingDaysBetween } from './working-days.ts';

const weekdaysOnly: WorkCalendar = { weekdays: [1, 2, 3, 4, 5], calendarOverrides: [] };

// China's 2025 National Day from the official schedule, nothing typed in: Oct 1–8 off,
// Sun Sep 28 and Sat Oct 11 are make-up workdays (调休).
const nationalDay2025 = weekdaysOnly;

describe('working-day clock', () => {
  it('skips the weekend: Friday + 1 working day is Monday, + 7 is the Tuesday after next', () => {
    expect(addWorkingDays('2026-11-20', 1, weekdaysOnly)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-20', 7, weekdaysOnly)).toBe('2026-12-01');
  });

  it('counts from the day after receipt even when received on a Sunday', () => {
    expect(addWorkingDays('2026-11-22', 1, weekdaysOnly)).toBe('2026-11-23');
  });

  it('skips holidays and counts make-up weekend days (调休) as working days', () => {
    expect(isWorkingDay('2025-09-28', nationalDay2025)).toBe(true);
    expect(isWorkingDay('2025-10-02', nationalDay2025)).toBe(false);
    expect(isWorkingDay('2025-10-12', nationalDay2025)).toBe(false);
    // Fri Sep 26: Sep 28 (调休), 29, 30, Oct 9, 10, 11 (调休), 13 → first response due Oct 13.
    expect(addWorkingDays('2025-09-26', 7, nationalDay2025)).toBe('2025-10-13');
    // … then 14, 15, 16, 17, 20, 21, 22, 23 → handling due Oct 23.
    expect(addWorkingDays('2025-09-26', 15, nationalDay2025)).toBe('2025-10-23');
  });

  it('2026 国庆/中秋 on the official schedule: Sep 24 + 7 working days is Oct 12', () => {
    // Thu Sep 24: Sep 20 is behind; 25 中秋, 28, 29, 30, Oct 1–7 off, 8, 9, 10 (调休 Saturday), 12.
    expect(addWorkingDays('2026-09-24', 7, weekdaysOnly)).toBe('2026-10-12');
  });

  it('counts working days between two dates', () => {
    expect(workingDaysBetween('2025-09-26', '2025-10-13', nationalDay2025)).toBe(7);
    expect(workingDaysBetween('2026-11-23', '2026-11-23', weekdaysOnly)).toBe(0);
  });

  it('terminates on a calendar with no working day', () => {
    // No weekday opens and every 调休 day of the schedule is closed by the admin.
    const never: WorkCalendar = { weekdays: [], calendarOverrides: [] };
    expect(addWorkingDays('2040-01-01', 1, never) > '2049-01-01').toBe(true);
  });
});
