import { clockToMinutes, localTime, type BusinessHours } from '@lobby/shared';

/**
 * Whether the branch issues tickets at `now`, judged in the branch's own time zone. The
 * server decides in the end; the kiosk checks first so a customer is told before choosing.
 */
export type HoursRefusal =
  | { kind: 'closed_today' }
  | { kind: 'before_open'; open: string }
  | { kind: 'after_last_ticket'; lastTicket: string }
  | { kind: 'after_close'; close: string };

export function isWorkingDay(hours: BusinessHours, date: string, isoWeekday: number): boolean {
  if (hours.holidays.includes(date)) return false;
  if (hours.extraWorkdays.includes(date)) return true;
  return hours.weekdays.includes(isoWeekday);
}

export function hoursRefusal(hours: BusinessHours, now: number): HoursRefusal | null {
  const local = localTime(now, hours.timeZone);
  if (!isWorkingDay(hours, local.date, local.isoWeekday)) return { kind: 'closed_today' };
  const minute = local.minuteOfDay;
  if (minute < clockToMinutes(hours.open)) return { kind: 'before_open', open: hours.open };
  if (minute >= clockToMinutes(hours.close)) return { kind: 'after_close', close: hours.close };
  if (minute >= clockToMinutes(hours.lastTicket)) return { kind: 'after_last_ticket', lastTicket: hours.lastTicket };
  return null;
}
