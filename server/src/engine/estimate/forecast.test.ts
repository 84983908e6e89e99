import { describe, expect, it } from 'vitest';
import { laneStats, newTicketForecast, ticketForecast } from '../estimate.ts';
import { Branch, MIN, testConfig } from '../test/fixtures.ts';
import { DEFAULT_FORECAST, forecastWaits, probeKey, type ForecastOptions } from './forecast.ts';
import type { ArrivalProfile } from './arrival-profile.ts';

const DETERMINISTIC: ForecastOptions = { ...DEFAULT_FORECAST, deterministic: true };

/** A profile with `perHour` arrivals an hour into each lane all day. */
function flatProfile(perHour: Record<string, number>): ArrivalProfile {
  return {
    bucketMin: 30,
    days: 20,
    dayCv: 0.15,
    service: {},
    perLane: Object.fromEntries(
      Object.entries(perHour).map(([lane, n]) => [lane, Array.from({ length: 48 }, () => n / 2)]),
    ),
  };
}

describe('wait forecast: position and figures', () => {
  it('counts the tickets ahead in the dispatch order', () => {
    const b = new Branch();
    b.open('c2');
    b.issue('A');
    b.issue('A');
    const third = b.issue('A');
    const f = forecastWaits(b.state, b.now, null);
    expect(f.tickets.get(third)?.ahead).toBe(2);
  });

  it('gives no estimate when no counter serves the lane and none is planned', () => {
    const b = new Branch();
    const t = b.issue('B');
    const f = forecastWaits(b.state, b.now, null);
    // No estimate, but still who is ahead in the order (nobody: it is the only one).
    expect(ticketForecast(f, b.ticket(t))).toEqual({ ahead: 0, estimate: null });
    expect(laneStats(b.state, b.now, f).find((l) => l.laneId === 'B')).toMatchObject({ estimate: null, ahead: 1 });
  });

  it('nobody ahead and a counter free: about now, for the waiting ticket and for a new one (19.11)', () => {
    const b = new Branch();
    b.open('c2');
    const f0 = forecastWaits(b.state, b.now, null);
    expect(newTicketForecast(f0, 'A', null, null)).toEqual({
      ahead: 0,
      estimate: { pointMin: 0, lowMin: 0, highMin: 1, aboutNow: true },
    });
    const t = b.issue('A');
    expect(ticketForecast(forecastWaits(b.state, b.now, null), b.ticket(t))?.estimate?.aboutNow).toBe(true);
    // The counter takes someone else: the new ticket now waits for that customer.
    b.call('c2');
    const busy = newTicketForecast(forecastWaits(b.state, b.now, null), 'A', null, null);
    expect(busy?.ahead).toBe(0);
    expect(busy?.estimate?.aboutNow).toBe(false);
    expect(busy?.estimate?.highMin).toBeGreaterThan(0);
  });

  it('falls back to the configured service times, then learns the lane mean from departures', () => {
    const b = new Branch();
    b.open('c1'); // K lane, service 3 and 2 min → 2.5 min configured
    for (let i = 0; i < 4; i++) b.issue('K');
    const last = b.issue('K');
    // An idle counter calls the first at once: the fifth waits for four services.
    expect(forecastWaits(b.state, b.now, null, DETERMINISTIC).tickets.get(last)?.wait?.pointMin).toBeCloseTo(
      4 * 2.5,
      5,
    );
    for (let i = 0; i < 4; i++) {
      b.call('c1');
      b.do({ type: 'ticket:start', actorId: 'x', counterId: 'c1' });
      b.advance(10 * MIN);
      b.do({ type: 'ticket:finish', actorId: 'x', counterId: 'c1', outcome: 'served', servedBusinessTypeIds: [] });
    }
    const after = forecastWaits(b.state, b.now, null, DETERMINISTIC).tickets.get(last);
    expect(after?.wait?.aboutNow).toBe(true);
    b.issue('K');
    const next = forecastWaits(b.state, b.now, null, DETERMINISTIC);
    // Four 10-minute departures against a prior of three at 2.5: the mean has moved most of the way.
    const second = [...next.tickets.values()].find((x) => x.ahead === 1);
    expect(second?.wait?.pointMin).toBeGreaterThan(6);
    expect(second?.wait?.pointMin).toBeLessThan(10);
  });

  it("starts from the lane's counter times of recent days, worth the set number of departures", () => {
    const b = new Branch();
    b.open('c1'); // K lane, 2.5 min configured
    for (let i = 0; i < 5; i++) b.issue('K');
    const last = [...b.state.tickets.keys()].at(-1)!;
    const withHistory = (n: number, weight: number) =>
      forecastWaits(
        b.state,
        b.now,
        { ...flatProfile({}), service: { K: { n, meanMin: 6, logVar: 0.5 } } },
        { ...DETERMINISTIC, historyDepartures: weight },
      ).tickets.get(last)?.wait?.pointMin;
    // Nothing learned today: the past weeks' 6-minute mean, not the configured 2.5.
    expect(withHistory(200, 20)).toBeCloseTo(4 * 6, 5);
    // Too few measured customers, or a weight of 0: the configured times.
    expect(withHistory(5, 20)).toBeCloseTo(4 * 2.5, 5);
    expect(withHistory(200, 0)).toBeCloseTo(4 * 2.5, 5);
    // Today's departures pull away from it in proportion: 10 departures of 12 min against 20 at 6.
    for (let i = 0; i < 10; i++) {
      b.issue('K');
      b.call('c1');
      b.do({ type: 'ticket:start', actorId: 'x', counterId: 'c1' });
      b.advance(12 * MIN);
      b.do({ type: 'ticket:finish', actorId: 'x', counterId: 'c1', outcome: 'served', servedBusinessTypeIds: [] });
    }
    const f = forecastWaits(
      b.state,
      b.now,
      { ...flatProfile({}), service: { K: { n: 200, meanMin: 6, logVar: 0.5 } } },
      { ...DETERMINISTIC, historyDepartures: 20 },
    );
    const second = [...f.tickets.values()].find((x) => x.ahead === 1);
    // The EWMA discounts the older departures, so today's 12 weighs a little under 10/30.
    expect(second?.wait?.pointMin).toBeGreaterThan(6.5);
    expect(second?.wait?.pointMin).toBeLessThan(8);
  });

  it("a lane's new-ticket figure is what a ticket issued into it is then told", () => {
    const b = new Branch();
    for (const c of ['c1', 'c2', 'c3', 'c6', 'c8']) b.open(c);
    for (let i = 0; i < 30; i++) {
      b.issue(['A', 'A', 'A', 'B', 'V', 'K'][i % 6]!, i % 7 === 0 ? { priorityGroupId: 'elderly' } : {});
      b.advance(20_000);
    }
    b.call('c2');
    b.call('c6');
    b.advance(60_000);
    const before = forecastWaits(b.state, b.now, null, DETERMINISTIC);
    for (const [lane, group] of [
      ['A', null],
      ['A', 'elderly'],
      ['B', null],
      ['K', null],
    ] as const) {
      const probe = new Branch();
      probe.state = b.state;
      probe.now = b.now;
      const id = `probe-${lane}-${group}`;
      probe.issue(lane, { priorityGroupId: group, ticketId: id });
      const own = ticketForecast(forecastWaits(probe.state, probe.now, null, DETERMINISTIC), probe.ticket(id));
      expect(own, `${lane} ${group}`).toEqual(newTicketForecast(before, lane, group, null));
    }
  });

  it('is the same for the same state (a refresh that changes nothing changes no figure)', () => {
    const b = new Branch();
    b.open('c2').open('c3');
    for (let i = 0; i < 12; i++) b.issue('A');
    const a = forecastWaits(b.state, b.now, flatProfile({ A: 20, V: 4 }));
    const again = forecastWaits(b.state, b.now, flatProfile({ A: 20, V: 4 }));
    expect([...again.tickets]).toEqual([...a.tickets]);
    for (const f of a.tickets.values()) {
      expect(f.wait!.lowMin).toBeLessThanOrEqual(Math.floor(f.wait!.pointMin));
      expect(f.wait!.highMin).toBeGreaterThanOrEqual(Math.ceil(f.wait!.pointMin));
    }
  });
});

describe('wait forecast: what will change the hall', () => {
  it('counts a counter due to open from its planned start (no more "cannot estimate" before it opens)', () => {
    const config = testConfig((c) => ({
      ...c,
      counters: c.counters.map((k) => (k.id === 'c6' ? { ...k, shifts: [{ start: '10:30', end: '17:00' }] } : k)),
    }));
    const b = new Branch(config); // 10:00
    const t = b.issue('B');
    const f = forecastWaits(b.state, b.now, null);
    const est = ticketForecast(f, b.ticket(t));
    expect(est?.estimate?.pointMin).toBeGreaterThanOrEqual(29);
    expect(est?.estimate?.pointMin).toBeLessThanOrEqual(31);
  });

  it('a counter whose shift ends finishes its customer and leaves: the queue behind waits longer', () => {
    const plan = (end: string) =>
      testConfig((c) => ({
        ...c,
        counters: c.counters.map((k) => (k.id === 'c6' ? { ...k, shifts: [{ start: '09:00', end }] } : k)),
      }));
    const waits = (end: string) => {
      const b = new Branch(plan(end));
      b.open('c6').open('c7');
      for (let i = 0; i < 8; i++) b.issue('B');
      const last = b.issue('B');
      return forecastWaits(b.state, b.now, null, DETERMINISTIC).tickets.get(last)!.wait!.pointMin;
    };
    // 8 business services (≈ 11.5 min each) on two counters ≈ 46 min; on one after 10:05, much longer.
    expect(waits('10:05')).toBeGreaterThan(waits('17:00') * 1.5);
  });

  it('arrivals that will overtake: VIP tickets issued later are called first at a counter serving both', () => {
    const b = new Branch();
    b.open('c2'); // A first, then V
    for (let i = 0; i < 6; i++) b.issue('A');
    const last = b.issue('A');
    const calm = forecastWaits(b.state, b.now, flatProfile({ A: 0, V: 0 })).tickets.get(last)!.wait!;
    const vipRush = forecastWaits(b.state, b.now, flatProfile({ A: 0, V: 12 })).tickets.get(last)!.wait!;
    expect(vipRush.pointMin).toBeGreaterThan(calm.pointMin * 1.1);
  });

  it('draws a range around the point, wider for a longer queue', () => {
    const b = new Branch();
    b.open('c2');
    const ids = Array.from({ length: 10 }, () => {
      b.advance(1000);
      return b.issue('A');
    });
    const f = forecastWaits(b.state, b.now, null);
    const near = f.tickets.get(ids[1]!)!.wait!;
    const far = f.tickets.get(ids[9]!)!.wait!;
    expect(far.highMin - far.lowMin).toBeGreaterThan(near.highMin - near.lowMin);
    expect(f.probes.get(probeKey('A', null, null))!.ahead).toBe(10);
  });
});
