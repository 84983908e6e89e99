/**
 * The branch calendar, one rule for everyone (opening days, appointment days, complaint
 * clocks): the State Council holiday and make-up-workday (调休) schedule from the
 * `chinese-days` package (its data is bundled, no network; `npm update chinese-days` brings
 * each new year's schedule), then the branch's weekdays, then the admin's overrides.
 */
import chineseDays from 'chinese-days';
import type { BusinessHours } from '../config/branch-config.ts';
import { addDays, isoWeekdayOfDate } from './branch-clock.ts';

export type WorkCalendar = Pick<BusinessHours, 'weekdays' | 'calendarOverrides'>;

/** What the official schedule says of a date: a public holiday, a 调休 working day, or nothing special. */
export type OfficialDay = 'holiday' | 'makeUpWorkday' | null;

export function officialDay(date: string): OfficialDay {
  const detail = chineseDays.getDayDetail(date);
  // The package names a plain day by its weekday ("Saturday") and a scheduled one as
  // "National Day,国庆节,3", whether it is a day off or a make-up working day.
  if (!detail.name.includes(',')) return null;
  return detail.work ? 'makeUpWorkday' : 'holiday';
}

/** The admin's override of a date, if any: true = open, false = closed. */
export function overrideOf(date: string, cal: WorkCalendar): boolean | null {
  const found = cal.calendarOverrides.find((o) => o.date === date);
  return found ? found.open : null;
}

/**
 * A date works when the admin says so; otherwise not on a public holiday, yes on a 调休
 * make-up working day, else when its weekday opens.
 */
export function isWorkingDay(date: string, cal: WorkCalendar): boolean {
  const override = overrideOf(date, cal);
  if (override !== null) return override;
  const official = officialDay(date);
  if (official === 'holiday') return false;
  if (official === 'makeUpWorkday') return true;
  return cal.weekdays.includes(isoWeekdayOfDate(date));
}

/**
 * A working day that opens only through the calendar (a 调休 day or an admin's extra open
 * day), not through its weekday: such a day counts as a working day for every business.
 */
export function isCalendarWorkday(date: string, cal: WorkCalendar): boolean {
  if (!isWorkingDay(date, cal)) return false;
  return overrideOf(date, cal) === true || officialDay(date) === 'makeUpWorkday';
}

/** How far ahead the calendar must be known: complaint clocks and bookings reach weeks ahead. */
export const OFFICIAL_SCHEDULE_LOOKAHEAD_DAYS = 60;

/**
 * Whether the bundled package has the official schedule of a year. Every published year has
 * public holidays, so a year with none is one the package does not know yet (the State Council
 * publishes the next year's schedule around November; until the package is updated, such a
 * year's holidays would silently count as working days).
 */
export function hasOfficialSchedule(year: number): boolean {
  return chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
}

/** The years from `fromDate` through the look-ahead whose official schedule is missing. */
export function yearsMissingOfficialSchedule(
  fromDate: string,
  days: number = OFFICIAL_SCHEDULE_LOOKAHEAD_DAYS,
): number[] {
  const first = Number(fromDate.slice(0, 4));
  const last = Number(addDays(fromDate, days).slice(0, 4));
  const missing: number[] = [];
  for (let y = first; y <= last; y++) if (!hasOfficialSchedule(y)) missing.push(y);
  return missing;
}
