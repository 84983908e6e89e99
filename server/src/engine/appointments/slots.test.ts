import { describe, expect, it } from 'vitest';
import type { BranchConfig } from '@lobby/shared';
import { testConfig } from '../test/fixtures.ts';
import { arrivalOf, bookableType, bookingDates, daySlots, findSlot } from './slots.ts';

const MIN = 60_000;
const at = (iso: string) => Date.parse(iso);

function config(patch: (c: BranchConfig) => void = () => {}): BranchConfig {
  const c = testConfig();
  c.hours = { ...c.hours, open: '09:00', close: '17:00', lunch: { start: '12:00', end: '13:00' } };
  c.appointments = {
    enabled: true,
    headStartMin: 15,
    earlyToleranceMin: 15,
    lateToleranceMin: 10,
    types: [
      {
        businessTypeId: 'open-account',
        slotMin: 30,
        capacity: 2,
        daysAhead: 7,
        cutoffMin: 60,
        weekdays: [1, 2, 3, 4, 5],
        from: '08:30',
        to: '16:00',
      },
    ],
  };
  patch(c);
  return c;
}

describe('bookable slots', () => {
  it('start every slot length inside opening hours, clear of lunch', () => {
    const c = config();
    const type = bookableType(c, 'open-account')!;
    const slots = daySlots(c, type, '2026-11-24');
    // 09:00 (08:30 is before opening) … 11:30, then 13:00 … 15:30: 6 + 6.
    expect(slots).toHaveLength(12);
    expect(slots[0]).toEqual({ start: at('2026-11-24T09:00:00+08:00'), end: at('2026-11-24T09:30:00+08:00') });
    expect(slots[5]!.start).toBe(at('2026-11-24T11:30:00+08:00'));
    expect(slots[6]!.start).toBe(at('2026-11-24T13:00:00+08:00'));
    expect(slots.at(-1)!.end).toBe(at('2026-11-24T16:00:00+08:00'));
    expect(findSlot(c, type, '2026-11-24', at('2026-11-24T09:10:00+08:00'))).toBeNull();
  });

  it('follow the branch calendar: no closed days, no weekends except extra open days, up to daysAhead', () => {
    const c = config((k) => {
      k.hours.calendarOverrides = [
        { date: '2026-11-26', open: false, note: '装修' },
        { date: '2026-11-28', open: true, note: '年终营销' },
      ];
    });
    const type = bookableType(c, 'open-account')!;
    expect(bookingDates(c, type, '2026-11-24')).toEqual([
      '2026-11-24',
      '2026-11-25',
      '2026-11-27',
      '2026-11-28',
      '2026-11-30',
      '2026-12-01',
    ]);
    expect(daySlots(c, type, '2026-11-29')).toEqual([]);
  });

  it('only for enabled, configured business types while appointments are on', () => {
    expect(bookableType(config(), 'cash')).toBeNull();
    expect(
      bookableType(
        config((k) => (k.appointments.enabled = false)),
        'open-account',
      ),
    ).toBeNull();
    const disabled = config((k) => (k.businessTypes.find((b) => b.id === 'open-account')!.enabled = false));
    expect(bookableType(disabled, 'open-account')).toBeNull();
  });

  it('judge an arrival against the tolerance window', () => {
    const a = config().appointments;
    const slot = at('2026-11-24T10:00:00+08:00');
    expect(arrivalOf(a, slot, slot - 16 * MIN)).toBe('early');
    expect(arrivalOf(a, slot, slot - 15 * MIN)).toBe('on_time');
    expect(arrivalOf(a, slot, slot + 10 * MIN)).toBe('on_time');
    expect(arrivalOf(a, slot, slot + 10 * MIN + 1)).toBe('late');
  });
});
