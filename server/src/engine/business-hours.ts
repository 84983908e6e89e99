import { clockToMinutes, localTime, type BusinessHours, type ErrorCode } from '@lobby/shared';

/** Is the date a working day of the branch (weekday rule, holidays, make-up days 调休)? */
export function isWorkingDate(hours: BusinessHours, date: string, isoWeekday: number): boolean {
  if (hours.holidays.includes(date)) return false;
  if (hours.extraWorkdays.includes(date)) return true;
  return hours.weekdays.includes(isoWeekday);
}

/** Why a ticket may not be issued now, or null when it may. */
export function issueWindowRefusal(hours: BusinessHours, now: number): ErrorCode | null {
  const lt = localTime(now, hours.timeZone);
  if (!isWorkingDate(hours, lt.date, lt.isoWeekday)) return 'OUTSIDE_BUSINESS_HOURS';
  if (lt.minuteOfDay < clockToMinutes(hours.open) || lt.minuteOfDay >= clockToMinutes(hours.close)) return 'OUTSIDE_BUSINESS_HOURS';
  if (lt.minuteOfDay >= clockToMinutes(hours.lastTicket)) return 'AFTER_LAST_TICKET';
  return null;
}

/** Has the configured day-close time passed on the state's business date? */
export function dayCloseDue(hours: BusinessHours, now: number): boolean {
  return localTime(now, hours.timeZone).minuteOfDay >= clockToMinutes(hours.dayCloseAt);
}
