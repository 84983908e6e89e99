import {
  addDays,
  branchInstant,
  clockToMinutes,
  isCalendarWorkday,
  isoWeekdayOfDate,
  isWorkingDay,
  type BookableType,
  type BranchConfig,
} from '@lobby/shared';

/**
 * Bookable slots, pure (the booking use cases, the public page and the simulator share them).
 * A business type's slots start at `from` every `slotMin` minutes, each ending by `to`, inside
 * opening hours and clear of the lunch break, on the branch's working days (the calendar:
 * official holidays closed, 调休 make-up days open, the admin's overrides) that the type's weekdays allow.
 */
export interface Slot {
  start: number;
  end: number;
}

const MINUTE = 60_000;

export function bookableType(config: BranchConfig, businessTypeId: string): BookableType | null {
  if (!config.appointments.enabled) return null;
  const bt = config.businessTypes.find((b) => b.id === businessTypeId);
  if (!bt?.enabled) return null;
  return config.appointments.types.find((t) => t.businessTypeId === businessTypeId) ?? null;
}

export function isBookableDate(config: BranchConfig, type: BookableType, date: string): boolean {
  const { hours } = config;
  if (!isWorkingDay(date, hours)) return false;
  if (type.weekdays.length === 0 || isCalendarWorkday(date, hours)) return true;
  return type.weekdays.includes(isoWeekdayOfDate(date));
}

/** The dates a customer may book today: from today up to `daysAhead` days on, bookable ones only. */
export function bookingDates(config: BranchConfig, type: BookableType, today: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= type.daysAhead; i++) {
    const date = addDays(today, i);
    if (isBookableDate(config, type, date)) out.push(date);
  }
  return out;
}

/** Every slot of the type on the date (none on a date that is not bookable). */
export function daySlots(config: BranchConfig, type: BookableType, date: string): Slot[] {
  if (!isBookableDate(config, type, date)) return [];
  const { hours } = config;
  const first = Math.max(clockToMinutes(type.from), clockToMinutes(hours.open));
  const last = Math.min(clockToMinutes(type.to), clockToMinutes(hours.close));
  const lunch = hours.lunch ? [clockToMinutes(hours.lunch.start), clockToMinutes(hours.lunch.end)] : null;
  const slots: Slot[] = [];
  for (let m = clockToMinutes(type.from); m + type.slotMin <= last; m += type.slotMin) {
    if (m < first) continue;
    const end = m + type.slotMin;
    if (lunch && m < lunch[1]! && end > lunch[0]!) continue;
    slots.push({ start: branchInstant(date, m, hours.timeZone), end: branchInstant(date, end, hours.timeZone) });
  }
  return slots;
}

/** The slot of the type that starts at `start` on that date, if it is one. */
export function findSlot(config: BranchConfig, type: BookableType, date: string, start: number): Slot | null {
  return daySlots(config, type, date).find((s) => s.start === start) ?? null;
}

/** Booking closes `cutoffMin` before the slot starts. */
export function beforeCutoff(type: BookableType, slot: Slot, now: number): boolean {
  return now < slot.start - type.cutoffMin * MINUTE;
}

/** The check-in window lives in shared: the lobby console shows the same standing the kiosk is told. */
export { arrivalOf, checkInWindow } from '@lobby/shared';
