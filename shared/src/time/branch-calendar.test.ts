import { describe, expect, it } from 'vitest';
import { BusinessHoursSchema } from '../config/branch-config.ts';
import {
  hasOfficialSchedule,
  isCalendarWorkday,
  isWorkingDay,
  officialDay,
  yearsMissingOfficialSchedule,
  type WorkCalendar,
} from './branch-calendar.ts';

const weekdays: WorkCalendar = { weekdays: [1, 2, 3, 4, 5], calendarOverrides: [] };
const everyDay: WorkCalendar = { weekdays: [1, 2, 3, 4, 5, 6, 7], calendarOverrides: [] };

// The State Council's 2026 schedule: 中秋 Fri Sep 25; 国庆 Oct 1–7; 调休 Sun Sep 20 and Sat Oct 10.
describe('the official 2026 schedule (chinese-days)', () => {
  it('knows 中秋 and 国庆 as holidays, Sep 20 and Oct 10 as 调休 working days, others as plain days', () => {
    expect(officialDay('2026-09-25')).toBe('holiday');
    expect(officialDay('2026-10-01')).toBe('holiday');
    expect(officialDay('2026-10-07')).toBe('holiday');
    expect(officialDay('2026-09-20')).toBe('makeUpWorkday');
    expect(officialDay('2026-10-10')).toBe('makeUpWorkday');
    expect(officialDay('2026-10-08')).toBeNull();
    expect(officialDay('2026-11-28')).toBeNull(); // an ordinary Saturday
    expect(officialDay('2026-01-01')).toBe('holiday'); // 元旦
  });

  it('a weekday branch: closed on the holidays, open on the 调休 Saturday and Sunday', () => {
    expect(isWorkingDay('2026-09-25', weekdays)).toBe(false); // Friday, 中秋
    expect(isWorkingDay('2026-10-05', weekdays)).toBe(false); // Monday, 国庆
    expect(isWorkingDay('2026-10-08', weekdays)).toBe(true); // Thursday after 国庆
    expect(isWorkingDay('2026-10-10', weekdays)).toBe(true); // Saturday, 调休
    expect(isWorkingDay('2026-09-20', weekdays)).toBe(true); // Sunday, 调休
    expect(isWorkingDay('2026-10-11', weekdays)).toBe(false); // plain Sunday
    expect(isCalendarWorkday('2026-10-10', weekdays)).toBe(true);
    expect(isCalendarWorkday('2026-10-08', weekdays)).toBe(false);
  });

  it('a branch open all week still closes on public holidays unless the admin opens it', () => {
    expect(isWorkingDay('2026-11-28', everyDay)).toBe(true);
    expect(isWorkingDay('2026-10-02', everyDay)).toBe(false);
    const openOnNationalDay = {
      ...everyDay,
      calendarOverrides: [{ date: '2026-10-02', open: true, note: '国庆值班' }],
    };
    expect(isWorkingDay('2026-10-02', openOnNationalDay)).toBe(true);
    expect(isCalendarWorkday('2026-10-02', openOnNationalDay)).toBe(true);
  });

  it("the admin's overrides win over the schedule and the weekdays, both ways", () => {
    const cal: WorkCalendar = {
      weekdays: [1, 2, 3, 4, 5],
      calendarOverrides: [
        { date: '2026-10-10', open: false, note: '网点装修' },
        { date: '2026-11-24', open: false, note: '系统升级' },
        { date: '2026-11-28', open: true, note: '年终营销' },
      ],
    };
    expect(isWorkingDay('2026-10-10', cal)).toBe(false);
    expect(isWorkingDay('2026-11-24', cal)).toBe(false);
    expect(isWorkingDay('2026-11-28', cal)).toBe(true);
    expect(isWorkingDay('2026-11-25', cal)).toBe(true);
  });
});

describe('stored opening hours', () => {
  const base = {
    timeZone: 'Asia/Shanghai',
    open: '09:00',
    close: '17:00',
    lastTicket: '16:45',
    lunch: null,
    weekdays: [1, 2, 3, 4, 5],
    dayCloseAt: '17:30',
  };

  it('a config saved with typed-in holidays and 调休 days comes back with them as overrides', () => {
    const parsed = BusinessHoursSchema.parse({
      ...base,
      holidays: ['2026-11-24', '2026-11-30'],
      extraWorkdays: ['2026-11-28', '2026-11-30'],
    });
    expect(parsed.calendarOverrides).toEqual([
      { date: '2026-11-24', open: false, note: '' },
      { date: '2026-11-28', open: true, note: '' },
      { date: '2026-11-30', open: true, note: '' },
    ]);
    expect(parsed).not.toHaveProperty('holidays');
  });

  it('refuses two overrides of one date and a hostile note', () => {
    const twice = [
      { date: '2026-11-24', open: false, note: 'a' },
      { date: '2026-11-24', open: true, note: 'b' },
    ];
    expect(BusinessHoursSchema.safeParse({ ...base, calendarOverrides: twice }).success).toBe(false);
    const hostile = [{ date: '2026-11-24', open: false, note: 'a\u202eb' }];
    expect(BusinessHoursSchema.safeParse({ ...base, calendarOverrides: hostile }).success).toBe(false);
  });
});

describe('the official schedule the package bundles', () => {
  it('knows a published year and no year too far ahead to be published', () => {
    expect(hasOfficialSchedule(2026)).toBe(true);
    expect(hasOfficialSchedule(2040)).toBe(false);
  });

  it('names the years within the look-ahead that it lacks', () => {
    expect(yearsMissingOfficialSchedule('2026-03-01')).toEqual([]);
    // Late in a year the look-ahead reaches into the next one.
    expect(yearsMissingOfficialSchedule('2040-12-01')).toEqual([2040, 2041]);
    expect(yearsMissingOfficialSchedule('2040-12-01', 10)).toEqual([2040]);
  });
});
