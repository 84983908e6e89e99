import { checkInWindow, type AppointmentSettings, type BookingStaffView } from '@lobby/shared';

/**
 * Where a booking of today stands for the lobby manager: expected (window not open), due (may
 * check in on time now), late (past the on-time window: checks in as a walk-in), no-show (the
 * slot is over and nobody came), checked in, or cancelled. The kiosk judges with the same window.
 */
export type BookingStanding = 'expected' | 'due' | 'late' | 'no_show' | 'checked_in' | 'cancelled';

export function bookingStanding(b: BookingStaffView, a: AppointmentSettings, now: number): BookingStanding {
  if (b.status === 'checked_in') return 'checked_in';
  if (b.status === 'cancelled') return 'cancelled';
  if (b.status === 'missed') return 'no_show';
  const w = checkInWindow(a, b.slotStart);
  if (now < w.from) return 'expected';
  if (now <= w.onTimeUntil) return 'due';
  return now < b.slotEnd ? 'late' : 'no_show';
}

/** Staff may check a customer in from the window's opening on, late ones as walk-ins. */
export function canCheckIn(standing: BookingStanding): boolean {
  return standing === 'due' || standing === 'late' || standing === 'no_show';
}

/** The fetched list with the newer copies the events brought laid over, in slot order. */
export function mergeBookings(
  fetched: readonly BookingStaffView[],
  live: Record<string, BookingStaffView>,
  businessDate: string | null,
): BookingStaffView[] {
  const byId = new Map(fetched.map((b) => [b.id, b]));
  for (const b of Object.values(live)) if (b.businessDate === businessDate) byId.set(b.id, b);
  return [...byId.values()].sort((x, y) => x.slotStart - y.slotStart || x.code.localeCompare(y.code));
}

export function standingCounts(standings: readonly BookingStanding[]): Record<BookingStanding, number> {
  const out: Record<BookingStanding, number> = {
    expected: 0,
    due: 0,
    late: 0,
    no_show: 0,
    checked_in: 0,
    cancelled: 0,
  };
  for (const s of standings) out[s] += 1;
  return out;
}
