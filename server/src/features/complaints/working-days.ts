import { addDays, isWorkingDay, type WorkCalendar } from '@lobby/shared';

// Working-day arithmetic for the complaint clocks (docs/requirements.md R97, R101), on the branch calendar's one rule.

/**
 * The date of the n-th working day after `date` (the day of receipt does not count): a
 * deadline "within n working days" ends with that day.
 */
export function addWorkingDays(date: string, n: number, cal: WorkCalendar): string {
  // A calendar with no working day at all would loop forever; a year is the sane bound.
  let day = date;
  let counted = 0;
  for (let guard = 0; counted < n && guard < 3660; guard++) {
    day = addDays(day, 1);
    if (isWorkingDay(day, cal)) counted++;
  }
  return day;
}

/** Working days from `from` (exclusive) to `to` (inclusive); 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string, cal: WorkCalendar): number {
  let count = 0;
  for (let day = addDays(from, 1), guard = 0; day <= to && guard < 3660; day = addDays(day, 1), guard++) {
    if (isWorkingDay(day, cal)) count++;
  }
  return count;
}
