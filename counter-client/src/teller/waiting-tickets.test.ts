import { describe, expect, it } from 'vitest';
import { counterOfTeller, laneWaitingFor, waitingTicketsFor } from './waiting-tickets.ts';
import { counterView, laneStats, ticketView } from '../test/fixtures.ts';

describe('waitingTicketsFor', () => {
  it('lists waiting tickets of the counter’s lanes: pinned here first, then front, then by time queued', () => {
    const counter = counterView({ id: 'c2', laneIds: ['A', 'V'] });
    const tickets = Object.fromEntries(
      [
        ticketView({ id: 'old', enqueuedAt: 1 }),
        ticketView({ id: 'new', enqueuedAt: 5 }),
        ticketView({ id: 'vip', laneId: 'V', enqueuedAt: 3 }),
        ticketView({ id: 'front', enqueuedAt: 9, front: true }),
        ticketView({ id: 'pinned', enqueuedAt: 10, pinnedCounterId: 'c2', laneId: 'B' }),
        ticketView({ id: 'pinnedElsewhere', enqueuedAt: 0, pinnedCounterId: 'c3' }),
        ticketView({ id: 'business', laneId: 'B', enqueuedAt: 0 }),
        ticketView({ id: 'called', status: 'called', enqueuedAt: 0 }),
      ].map((t) => [t.id, t]),
    );
    expect(waitingTicketsFor(counter, tickets).map((t) => t.id)).toEqual(['pinned', 'front', 'old', 'vip', 'new']);
  });
});

describe('laneWaitingFor', () => {
  it('gives the waiting count of each lane the counter serves, in its lane order (0 when unknown)', () => {
    const counter = counterView({ id: 'c6', laneIds: ['B', 'A', 'K'] });
    expect(laneWaitingFor(counter, [laneStats('A', 4), laneStats('B', 1)])).toEqual([
      { laneId: 'B', waiting: 1 },
      { laneId: 'A', waiting: 4 },
      { laneId: 'K', waiting: 0 },
    ]);
  });
});

describe('counterOfTeller', () => {
  it('finds the counter the staff member is signed on to', () => {
    const counters = { c2: counterView({ id: 'c2', tellerId: 'u1' }), c3: counterView({ id: 'c3', tellerId: 'u2' }) };
    expect(counterOfTeller(counters, 'u2')?.id).toBe('c3');
    expect(counterOfTeller(counters, 'u9')).toBeNull();
  });
});
