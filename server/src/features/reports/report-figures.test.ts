import { describe, expect, it } from 'vitest';
import { buildBranchReport } from './report-figures.ts';
import { FIXTURE_DATE, FIXTURE_TARGETS, FIXTURE_TZ, fixtureRatings, fixtureTickets } from './report-fixture-day.ts';
import { percentile } from './report-stats.ts';

const report = buildBranchReport({
  from: FIXTURE_DATE,
  to: FIXTURE_DATE,
  tickets: fixtureTickets(),
  ratings: fixtureRatings(),
  targetWaitMin: FIXTURE_TARGETS,
  timeZone: FIXTURE_TZ,
});

// Expected numbers worked out by hand from the fixture's comments.
describe('branch report over the fixture day', () => {
  it('counts the day: issued 6, served 4 (one partial), 1 no-show, 1 cancelled', () => {
    expect(report.total).toMatchObject({
      issued: 6,
      served: 4,
      noShow: 1,
      cancelled: 1,
      closedAtDayEnd: 0,
      suspends: 1,
      transfers: 1,
    });
    expect(report.days).toEqual([FIXTURE_DATE]);
  });

  it('waits 10,20,6,3,30: mean 13.8, p90 30, max 30; 3 of 5 within their lane target', () => {
    expect(report.total).toMatchObject({
      meanWaitMin: 13.8,
      p90WaitMin: 30,
      maxWaitMin: 30,
      withinTargetPct: 60,
      noShowPct: 20,
    });
  });

  it('service 5,8,6,4 → 5.8 (5.75 rounded); walk 1,2,1,1 → 1.3 (1.25 rounded)', () => {
    expect(report.total.meanServiceMin).toBe(5.8);
    expect(report.total.meanWalkMin).toBe(1.3);
  });

  it('satisfaction: 3 ratings of 4 served (75 %), attitude (5+3+4)/3 = 4, efficiency (4+3+5)/3 = 4', () => {
    expect(report.total).toMatchObject({ ratings: 3, ratingResponsePct: 75, meanAttitude: 4, meanEfficiency: 4 });
  });

  it('by lane: A waits 10,20,6,30 → mean 16.5, p90 30, 2/4 within 15 min; VIP wait 3 is within 5 min', () => {
    const a = report.byLane.find((r) => r.key === 'A');
    expect(a).toMatchObject({
      issued: 4,
      served: 3,
      noShow: 1,
      meanWaitMin: 16.5,
      p90WaitMin: 30,
      withinTargetPct: 50,
      meanServiceMin: 5.7,
      ratingResponsePct: 100,
    });
    expect(report.byLane.find((r) => r.key === 'V')).toMatchObject({
      issued: 1,
      served: 1,
      meanWaitMin: 3,
      withinTargetPct: 100,
      ratingResponsePct: 0,
    });
    expect(report.byLane.find((r) => r.key === 'B')).toMatchObject({
      issued: 1,
      cancelled: 1,
      meanWaitMin: null,
      withinTargetPct: null,
    });
  });

  it('by hour (branch time): 09h 4 arrivals / 3 served, 10h 2 arrivals / 1 served', () => {
    expect(report.byHour.map((h) => [h.key, h.issued, h.finishedInHour])).toEqual([
      ['09', 4, 3],
      ['10', 2, 1],
    ]);
  });

  it('by business type, counter and teller', () => {
    expect(report.byBusinessType.map((r) => [r.key, r.issued])).toEqual([
      ['cash', 3],
      ['corp-cash', 1],
      ['remittance', 1],
      ['vip-service', 1],
    ]);
    // The cancelled ticket never reached a counter, so it is in no counter or teller row.
    expect(report.byCounter.map((r) => [r.key, r.issued])).toEqual([
      ['c2', 3],
      ['c3', 1],
      ['c8', 1],
    ]);
    expect(report.byTeller.find((r) => r.key === 'u1')).toMatchObject({
      issued: 3,
      served: 2,
      noShow: 1,
      meanWaitMin: 12,
      meanServiceMin: 6.5,
    });
    expect(report.byTeller.find((r) => r.key === 'u2')).toMatchObject({
      issued: 2,
      served: 2,
      meanWaitMin: 16.5,
      meanServiceMin: 5,
      transfers: 1,
    });
  });

  it('wait distribution puts 3, 6, 10, 20, 30 minutes in their five-minute buckets', () => {
    expect(report.waitDistribution.map((b) => [b.fromMin, b.count])).toEqual([
      [0, 1],
      [5, 1],
      [10, 1],
      [15, 0],
      [20, 1],
      [30, 1],
      [45, 0],
      [60, 0],
    ]);
  });
});

describe('percentile (nearest rank)', () => {
  it('returns the value at rank ceil(p·n)', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 90)).toBeNull();
  });
});

describe('appointments over the fixture day', () => {
  // A001 (wait 10, lane A target 15) and V001 (wait 3, lane V target 5) checked in on time; the rest walked in.
  const booked = new Set(['A001', 'V001']);
  const day = buildBranchReport({
    from: FIXTURE_DATE,
    to: FIXTURE_DATE,
    tickets: fixtureTickets().map((t) => ({ ...t, booked: booked.has(t.id) })),
    ratings: fixtureRatings(),
    targetWaitMin: FIXTURE_TARGETS,
    timeZone: FIXTURE_TZ,
    bookings: [
      { status: 'checked_in', punctuality: 'on_time' },
      { status: 'checked_in', punctuality: 'on_time' },
      { status: 'checked_in', punctuality: 'late' },
      { status: 'missed', punctuality: null },
      { status: 'cancelled', punctuality: null },
      { status: 'booked', punctuality: null },
    ],
  });

  it('bookings 5 (one cancelled), 3 checked in of 4 due (75 %), 2 of 3 on time (66.7 %)', () => {
    expect(day.appointments).toMatchObject({
      bookings: 5,
      cancelled: 1,
      checkedIn: 3,
      onTime: 2,
      late: 1,
      missed: 1,
      expected: 1,
      checkInPct: 75,
      onTimePct: 66.7,
    });
  });

  it('booked waits 10,3 (mean 6.5, both within target) vs walk-in waits 20,6,30 (mean 18.7, 1 of 3 within)', () => {
    expect(day.appointments.booked).toMatchObject({
      tickets: 2,
      meanWaitMin: 6.5,
      maxWaitMin: 10,
      withinTargetPct: 100,
    });
    expect(day.appointments.walkIn).toMatchObject({
      tickets: 4,
      meanWaitMin: 18.7,
      maxWaitMin: 30,
      withinTargetPct: 33.3,
    });
  });

  it('without bookings (a period before appointments) everyone is a walk-in', () => {
    expect(report.appointments).toMatchObject({ bookings: 0, checkInPct: null, onTimePct: null });
    expect(report.appointments.walkIn.tickets).toBe(6);
    expect(report.appointments.booked).toMatchObject({ tickets: 0, meanWaitMin: null });
  });
});
