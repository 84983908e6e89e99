import { describe, expect, it } from 'vitest';
import { positionOf, laneStats } from '../estimate.ts';
import { rankCandidates } from '../policies/dispatch-order.ts';
import { Branch, MIN, testConfig } from './fixtures.ts';

describe('calling policy (accumulated priority)', () => {
  it('a counter calls its primary lane before an equally old fallback-lane ticket', () => {
    const b = new Branch();
    b.open('c6'); // B first, then A
    const a = b.issue('A');
    const bb = b.issue('B');
    expect(rankCandidates(b.state, 'c6', b.now).map((t) => t.id)).toEqual([bb, a]);
  });

  it('VIP weight overtakes older personal tickets, but not without limit', () => {
    const b = new Branch();
    b.open('c2'); // A first, then V
    const old = b.issue('A');
    b.advance(3 * MIN);
    const vip = b.issue('V');
    b.advance(2 * MIN);
    // A: 5 min × 1 + 5 (primary bonus) = 10; V: 2 min × 4 = 8 → A first.
    expect(rankCandidates(b.state, 'c2', b.now)[0]!.id).toBe(old);
    b.advance(2 * MIN);
    // A: 7 + 5 = 12; V: 4 × 4 = 16 → V first.
    expect(rankCandidates(b.state, 'c2', b.now)[0]!.id).toBe(vip);
  });

  it('priority groups get their head start', () => {
    const b = new Branch();
    b.open('c2');
    b.issue('A');
    b.advance(MIN);
    const senior = b.issue('A', { priorityGroupId: 'elderly' });
    expect(rankCandidates(b.state, 'c2', b.now)[0]!.id).toBe(senior);
  });

  it('past its max wait a ticket ages faster, and overtakes a VIP it would otherwise lose to', () => {
    const b = new Branch();
    b.open('c8'); // V first (weight 4, +5 primary bonus), then A (weight 1)
    const a = b.issue('A');
    b.advance(31 * MIN);
    const v = b.issue('V');
    b.advance(9 * MIN);
    // Without the guard: A 40 × 1 = 40 < V 9 × 4 + 5 = 41. With it, A is 10 min past its
    // 30-min max wait and gains 10 × (4 − 1) × 0.25 = 7.5 → 47.5, so A goes first.
    expect(rankCandidates(b.state, 'c8', b.now).map((t) => t.id)).toEqual([a, v]);
  });

  it('a ticket pinned to a counter is called there first and nowhere else', () => {
    const b = new Branch();
    b.open('c2').open('c3');
    const first = b.issue('A');
    b.call('c2');
    b.do({ type: 'ticket:start', actorId: 'x', counterId: 'c2' });
    b.do({ type: 'ticket:suspend', actorId: 'x', counterId: 'c2', missingMaterials: [], note: '材料不全' });
    b.issue('A');
    b.do({ type: 'ticket:resume', actorId: 'l', ticketId: first, mode: 'pinned', reason: 'back' });
    expect(rankCandidates(b.state, 'c3', b.now).map((t) => t.id)).not.toContain(first);
    expect(b.call('c2')).toBe(first);
  });

  it('transfer last puts the ticket behind those already waiting', () => {
    const b = new Branch();
    b.open('c6');
    const moved = b.issue('A');
    b.advance(MIN);
    const waitingB = b.issue('B');
    b.advance(MIN);
    b.do({
      type: 'ticket:transfer',
      actorId: 'x',
      ticketId: moved,
      to: { kind: 'lane', laneId: 'B', position: 'last' },
      note: '',
    });
    expect(rankCandidates(b.state, 'c6', b.now).map((t) => t.id)).toEqual([waitingB, moved]);
  });

  it('dedicated lanes: a counter serves only its primary lane', () => {
    const b = new Branch(testConfig(), undefined, 'dedicated');
    b.open('c6');
    b.issue('A');
    expect(rankCandidates(b.state, 'c6', b.now)).toHaveLength(0);
  });

  it('strict priority: VIP always before personal, fifo: issue order', () => {
    const strict = new Branch(testConfig(), undefined, 'strict');
    strict.open('c2');
    const a = strict.issue('A');
    strict.advance(20 * MIN);
    const v = strict.issue('V');
    expect(rankCandidates(strict.state, 'c2', strict.now)[0]!.id).toBe(v);
    const fifo = new Branch(testConfig(), undefined, 'fifo');
    fifo.open('c2');
    const a2 = fifo.issue('A');
    fifo.issue('V', { vipTierId: 'diamond' });
    expect(rankCandidates(fifo.state, 'c2', fifo.now)[0]!.id).toBe(a2);
    expect(a).toBeTruthy();
  });
});

describe('position and estimate', () => {
  it('counts the tickets ahead in the dispatch order', () => {
    const b = new Branch();
    b.open('c2');
    b.issue('A');
    b.issue('A');
    const third = b.issue('A');
    expect(positionOf(b.state, third, b.now).ahead).toBe(2);
  });

  it('gives no estimate when no counter serving the lane is open', () => {
    const b = new Branch();
    const t = b.issue('B');
    expect(positionOf(b.state, t, b.now).estimate).toBeNull();
    expect(laneStats(b.state, b.now).find((l) => l.laneId === 'B')!.estimate).toBeNull();
  });

  it('falls back to configured service times, then learns from departures', () => {
    const b = new Branch();
    b.open('c1'); // K lane, service 3 and 2 min → 2.5 min mean
    for (let i = 0; i < 4; i++) b.issue('K');
    const last = b.issue('K');
    const before = positionOf(b.state, last, b.now);
    expect(before.ahead).toBe(4);
    expect(before.pointMin).toBeCloseTo(5 * 2.5, 5);
    // Four departures at 10 minutes each: the estimate follows the measured rate.
    for (let i = 0; i < 4; i++) {
      b.call('c1');
      b.do({ type: 'ticket:start', actorId: 'x', counterId: 'c1' });
      b.advance(10 * MIN);
      b.do({ type: 'ticket:finish', actorId: 'x', counterId: 'c1', outcome: 'served', servedBusinessTypeIds: [] });
    }
    const after = positionOf(b.state, last, b.now);
    expect(after.ahead).toBe(0);
    expect(after.pointMin).toBeCloseTo(10, 5);
    expect(after.estimate).toEqual({ lowMin: 8, highMin: 13 });
  });

  it("a lane's predicted wait is what a ticket issued into it is then told, for every lane at once", () => {
    const b = new Branch();
    for (const c of ['c1', 'c2', 'c3', 'c6', 'c8']) b.open(c);
    for (let i = 0; i < 30; i++) {
      b.issue(['A', 'A', 'A', 'B', 'V', 'K'][i % 6]!, i % 7 === 0 ? { priorityGroupId: 'elderly' } : {});
      b.advance(20_000);
    }
    b.call('c2');
    b.call('c6');
    b.advance(60_000);
    const predicted = laneStats(b.state, b.now);
    expect(predicted.every((l) => l.estimate !== null)).toBe(true);
    for (const lane of ['K', 'A', 'B', 'V']) {
      const probe = new Branch();
      probe.state = b.state;
      probe.now = b.now;
      const id = `probe-${lane}`;
      probe.do({
        type: 'ticket:issue',
        actorId: 'k',
        ticketId: id,
        token: 'tok',
        laneId: lane,
        businessTypeId: b.state.config.businessTypes.find((t) => t.laneId === lane)!.id,
        priorityGroupId: null,
        vipTierId: null,
        channel: 'kiosk',
      });
      expect(positionOf(probe.state, id, probe.now).estimate, lane).toEqual(
        predicted.find((l) => l.laneId === lane)!.estimate,
      );
    }
  });
});
