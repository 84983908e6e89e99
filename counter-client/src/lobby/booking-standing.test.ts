import { describe, expect, it } from 'vitest';
import { DEFAULT_APPOINTMENTS, type BookingStaffView } from '@lobby/shared';
import { bookingStanding, canCheckIn, mergeBookings, standingCounts } from './booking-standing.ts';

const MIN = 60_000;
const SLOT = Date.parse('2026-11-24T10:30:00+08:00');
const a = { ...DEFAULT_APPOINTMENTS, earlyToleranceMin: 15, lateToleranceMin: 10 };

function booking(over: Partial<BookingStaffView> = {}): BookingStaffView {
  return {
    id: 'bk1',
    code: '123456',
    businessDate: '2026-11-24',
    businessTypeId: 'open-account',
    slotStart: SLOT,
    slotEnd: SLOT + 30 * MIN,
    status: 'booked',
    channel: 'web',
    createdAt: SLOT - 86_400_000,
    cancelledAt: null,
    checkedInAt: null,
    ticketId: null,
    punctuality: null,
    phoneTail: '1111',
    ...over,
  };
}

describe('lobby: where a booking stands', () => {
  it('follows the check-in window: expected, due, late, then no-show after the slot', () => {
    const b = booking();
    expect(bookingStanding(b, a, SLOT - 16 * MIN)).toBe('expected');
    expect(bookingStanding(b, a, SLOT - 15 * MIN)).toBe('due');
    expect(bookingStanding(b, a, SLOT + 10 * MIN)).toBe('due');
    expect(bookingStanding(b, a, SLOT + 10 * MIN + 1)).toBe('late');
    expect(bookingStanding(b, a, SLOT + 30 * MIN)).toBe('no_show');
    expect(canCheckIn('expected')).toBe(false);
    expect(canCheckIn('late')).toBe(true);
  });

  it('a checked-in, cancelled or missed booking keeps its status whatever the time', () => {
    expect(bookingStanding(booking({ status: 'checked_in' }), a, SLOT + 60 * MIN)).toBe('checked_in');
    expect(bookingStanding(booking({ status: 'cancelled' }), a, SLOT)).toBe('cancelled');
    expect(bookingStanding(booking({ status: 'missed' }), a, SLOT)).toBe('no_show');
    expect(canCheckIn('checked_in')).toBe(false);
  });

  it('lays the events’ newer copies over the fetched list, today only, in slot order', () => {
    const early = booking({ id: 'bk0', code: '000001', slotStart: SLOT - 60 * MIN });
    const merged = mergeBookings(
      [booking()],
      {
        bk1: booking({ status: 'checked_in' }),
        bk0: early,
        old: booking({ id: 'old', businessDate: '2026-11-23' }),
      },
      '2026-11-24',
    );
    expect(merged.map((b) => [b.id, b.status])).toEqual([
      ['bk0', 'booked'],
      ['bk1', 'checked_in'],
    ]);
    expect(standingCounts(['due', 'due', 'late'])).toMatchObject({ due: 2, late: 1, checked_in: 0 });
  });
});
