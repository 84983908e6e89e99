import { describe, expect, it } from 'vitest';
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
    b.advance(MIN);
    // A: 4 min × 1 + 5 (primary bonus) = 9; V: 1 min × 8 = 8 → A first.
    expect(rankCandidates(b.state, 'c2', b.now)[0]!.id).toBe(old);
    b.advance(MIN);
    // A: 5 + 5 = 10; V: 2 × 8 = 16 → V first.
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

  it('far past its max wait a ticket ages faster, and overtakes a VIP it would otherwise lose to', () => {
    const b = new Branch();
    b.open('c8'); // V first (weight 8, +5 primary bonus), then A (weight 1)
    const a = b.issue('A');
    b.advance(40 * MIN);
    const v = b.issue('V');
    b.advance(6 * MIN);
    // Without the guard: A 46 × 1 = 46 < V 6 × 8 + 5 = 53. With it, A is 16 min past its
    // 30-min max wait and gains 16 × (16 / 30) × (8 − 1) × 0.25 ≈ 14.9 → 60.9, so A goes first.
    expect(rankCandidates(b.state, 'c8', b.now).map((t) => t.id)).toEqual([a, v]);
  });

  it('just past its max wait a ticket does not yet push back a fresh VIP (the guard grows with the overdue time)', () => {
    const b = new Branch();
    b.open('c8');
    const a = b.issue('A');
    b.advance(31 * MIN);
    const v = b.issue('V');
    b.advance(4 * MIN);
    // A is 5 min overdue: 35 + 5 × (5 / 30) × 7 × 0.25 ≈ 36.5 < V 4 × 8 + 5 = 37. A guard
    // linear in the overdue time (5 × 7 × 0.25 = 8.75 → 43.75) would have put A first.
    expect(rankCandidates(b.state, 'c8', b.now).map((t) => t.id)).toEqual([v, a]);
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
