import { clockToMinutes, hoursRefusal, localTime, type BusinessHours, type ErrorCode } from '@lobby/shared';

/** Why a ticket may not be issued now, as the error code the kiosk gets, or null when it may. */
export function issueWindowRefusal(hours: BusinessHours, now: number): ErrorCode | null {
  const refusal = hoursRefusal(hours, now);
  if (refusal === null) return null;
  return refusal.kind === 'after_last_ticket' ? 'AFTER_LAST_TICKET' : 'OUTSIDE_BUSINESS_HOURS';
}

/** Has the configured day-close time passed on the state's business date? */
export function dayCloseDue(hours: BusinessHours, now: number): boolean {
  return localTime(now, hours.timeZone).minuteOfDay >= clockToMinutes(hours.dayCloseAt);
}
