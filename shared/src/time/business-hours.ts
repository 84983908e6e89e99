/**
 * Opening hours on the branch calendar (branch-calendar.ts), one rule for everyone: the engine refuses tickets
 * with it, the kiosk tells customers before they choose, the complaint clocks count working
 * days with it.
 */
import type { BusinessHours } from '../config/branch-config.ts';
import { isWorkingDay } from './branch-calendar.ts';
import { clockToMinutes, localTime } from './branch-clock.ts';

/** Why tickets may not be issued at `now`, judged in the branch's own time zone. */
export type HoursRefusal =
  | { kind: 'closed_today' }
  | { kind: 'before_open'; open: string }
  | { kind: 'after_last_ticket'; lastTicket: string }
  | { kind: 'after_close'; close: string };

export function hoursRefusal(hours: BusinessHours, now: number): HoursRefusal | null {
  const local = localTime(now, hours.timeZone);
  if (!isWorkingDay(local.date, hours)) return { kind: 'closed_today' };
  const minute = local.minuteOfDay;
  if (minute < clockToMinutes(hours.open)) return { kind: 'before_open', open: hours.open };
  if (minute >= clockToMinutes(hours.close)) return { kind: 'after_close', close: hours.close };
  if (minute >= clockToMinutes(hours.lastTicket)) return { kind: 'after_last_ticket', lastTicket: hours.lastTicket };
  return null;
}
