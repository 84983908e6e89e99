import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, expect, it } from 'vitest';
import { OPEN_TICKET_STATUSES } from '@lobby/shared';
import { decide } from '../decide.ts';
import type { EngineCommand, EngineState } from '../types.ts';
import { Branch, MIN, testConfig } from './fixtures.ts';

/**
 * Properties over random command sequences on the real engine: whatever staff press, in
 * whatever order, the invariants of docs/domain.md §4 hold.
 */
const COUNTERS = ['c1', 'c2', 'c3', 'c6', 'c8'];
const LANES = ['K', 'A', 'B', 'V'];
const BUSINESS: Record<string, string> = { K: 'passbook', A: 'cash', B: 'corp-cash', V: 'vip-service' };

type Step =
  | { kind: 'issue'; lane: number; group: boolean }
  | { kind: 'counter'; counter: number; action: number }
  | { kind: 'ticket'; pick: number; action: number; lane: number; counter: number }
  | { kind: 'wait'; minutes: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('issue' as const), lane: fc.nat(3), group: fc.boolean() }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('counter' as const),
      counter: fc.nat(COUNTERS.length - 1),
      action: fc.nat(10),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('ticket' as const),
      pick: fc.nat(200),
      action: fc.nat(4),
      lane: fc.nat(3),
      counter: fc.nat(COUNTERS.length - 1),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 20 }) }) },
);

function toCommand(step: Step, state: EngineState, n: number): EngineCommand | null {
  switch (step.kind) {
    case 'issue': {
      const lane = LANES[step.lane]!;
      return {
        type: 'ticket:issue',
        actorId: 'k',
        ticketId: `p${n}`,
        token: `tok${n}`,
        laneId: lane,
        businessTypeId: BUSINESS[lane]!,
        priorityGroupId: step.group ? 'elderly' : null,
        vipTierId: null,
        channel: 'kiosk',
      };
    }
    case 'counter': {
      const counterId = COUNTERS[step.counter]!;
      const actions: EngineCommand[] = [
        { type: 'counter:open', actorId: 'l', counterId, reason: '' },
        { type: 'counter:callNext', actorId: 't', counterId },
        { type: 'counter:callNext', actorId: 't', counterId },
        { type: 'ticket:start', actorId: 't', counterId },
        { type: 'ticket:finish', actorId: 't', counterId, outcome: 'served', servedBusinessTypeIds: [] },
        { type: 'ticket:recall', actorId: 't', counterId },
        { type: 'ticket:markNoShow', actorId: 't', counterId },
        { type: 'ticket:suspend', actorId: 't', counterId, missingMaterials: [], note: '材料不全' },
        { type: 'counter:pause', actorId: 't', counterId, reason: 'break', note: '' },
        { type: 'counter:resume', actorId: 't', counterId },
        { type: 'counter:close', actorId: 'l', counterId, reason: '' },
      ];
      return actions[step.action]!;
    }
    case 'ticket': {
      // Draw from the tickets the action can apply to, so rare states (suspended, no-show) get exercised.
      const wanted: Record<number, string[]> = { 2: ['suspended'], 4: ['no_show', 'cancelled'] };
      const all = [...state.tickets.values()];
      const pool = wanted[step.action] ? all.filter((x) => wanted[step.action]!.includes(x.status)) : all;
      const tickets = pool.length > 0 ? pool : all;
      if (tickets.length === 0) return null;
      const t = tickets[step.pick % tickets.length]!;
      const actions: EngineCommand[] = [
        {
          type: 'ticket:transfer',
          actorId: 'l',
          ticketId: t.id,
          to: { kind: 'lane', laneId: LANES[step.lane]!, position: step.pick % 2 ? 'first' : 'last' },
          note: '',
        },
        {
          type: 'ticket:transfer',
          actorId: 'l',
          ticketId: t.id,
          to: { kind: 'counter', counterId: COUNTERS[step.counter]! },
          note: '',
        },
        {
          type: 'ticket:resume',
          actorId: 'l',
          ticketId: t.id,
          mode: step.pick % 2 ? 'front' : 'pinned',
          reason: 'back',
        },
        { type: 'ticket:cancel', actorId: 'l', ticketId: t.id, reason: 'left' },
        { type: 'ticket:reactivate', actorId: 'l', ticketId: t.id, reason: 'returned' },
      ];
      return actions[step.action]!;
    }
    case 'wait':
      return null;
  }
}

/** Plain checks (not expect) so thousands of steps stay fast; a failure throws with the reason. */
function checkInvariants(state: EngineState): void {
  // A ticket is never held by two counters, and holder and ticket agree.
  const held = new Map<string, string>();
  for (const c of state.counters.values()) {
    if (!c.currentTicketId) continue;
    assert.ok(!held.has(c.currentTicketId), `ticket ${c.currentTicketId} held twice`);
    held.set(c.currentTicketId, c.id);
    const t = state.tickets.get(c.currentTicketId);
    assert.ok(t && (t.status === 'called' || t.status === 'serving'), `counter ${c.id} holds a ${t?.status} ticket`);
    assert.equal(t.counterId, c.id);
  }
  const numbers = new Set<string>();
  for (const t of state.tickets.values()) {
    if (t.status === 'called' || t.status === 'serving')
      assert.equal(held.get(t.id), t.counterId, `${t.number} ${t.status} without its counter`);
    // Waiting and suspended tickets belong to no counter; finished ones keep the counter that served them.
    else if (t.status === 'waiting' || t.status === 'suspended')
      assert.equal(t.counterId, null, `${t.number} ${t.status} still at ${t.counterId}`);
    // Numbers never repeat within the business date.
    assert.ok(!numbers.has(t.number), `number ${t.number} issued twice`);
    numbers.add(t.number);
  }
}

/** Which commands succeeded across all runs: the properties mean little if they never happen. */
const exercised = new Map<string, number>();

function run(steps: Step[]): { b: Branch; issued: number } {
  const b = new Branch(
    testConfig((c) => ({ ...c, hours: { ...c.hours, close: '23:59', lastTicket: '23:58', dayCloseAt: '23:59' } })),
  );
  let issued = 0;
  steps.forEach((step, n) => {
    if (step.kind === 'wait') b.advance(step.minutes * MIN);
    else b.advance(5_000);
    const cmd = toCommand(step, b.state, n);
    if (!cmd) return;
    const r = decide(b.state, cmd, b.now);
    if (r.ok) {
      // What the store saves: every ticket that is not the object it was is named as changed.
      if (r.changedTickets !== 'all')
        for (const [id, t] of r.state.tickets)
          if (b.state.tickets.get(id) !== t) assert.ok(r.changedTickets.has(id), `${cmd.type} changed ${id} unnamed`);
      exercised.set(cmd.type, (exercised.get(cmd.type) ?? 0) + 1);
      b.state = r.state;
      if (cmd.type === 'ticket:issue') issued += 1;
    }
    checkInvariants(b.state);
    // Resume/transfer/anything never loses a ticket.
    assert.equal(b.state.tickets.size, issued, 'a ticket was lost');
  });
  return { b, issued };
}

describe('engine properties', () => {
  it('no ticket held twice, numbers unique, no ticket ever lost', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 60, maxLength: 200, size: 'max' }), (steps) => {
        run(steps);
      }),
      { numRuns: 120 },
    );
    for (const type of [
      'ticket:issue',
      'counter:callNext',
      'ticket:start',
      'ticket:finish',
      'ticket:recall',
      'ticket:markNoShow',
      'ticket:suspend',
      'ticket:transfer',
      'ticket:resume',
      'ticket:cancel',
      'ticket:reactivate',
      'counter:pause',
      'counter:close',
    ]) {
      expect(exercised.get(type) ?? 0, `${type} never succeeded`).toBeGreaterThan(0);
    }
  }, 60_000);

  it('no starvation: while counters keep calling, every waiting ticket is called', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ lane: fc.nat(3), gapSec: fc.integer({ min: 10, max: 240 }), group: fc.boolean() }), {
          minLength: 5,
          maxLength: 80,
          size: 'max',
        }),
        (arrivals) => {
          const b = new Branch();
          for (const c of ['c1', 'c2', 'c6', 'c8']) b.open(c);
          arrivals.forEach((a, i) => {
            b.advance(a.gapSec * 1000);
            const lane = LANES[a.lane]!;
            b.do({
              type: 'ticket:issue',
              actorId: 'k',
              ticketId: `s${i}`,
              token: `t${i}`,
              laneId: lane,
              businessTypeId: BUSINESS[lane]!,
              priorityGroupId: a.group ? 'pregnant' : null,
              vipTierId: null,
              channel: 'kiosk',
            });
          });
          // Counters serve 4 minutes each, round robin, until the queue is empty.
          for (let round = 0; round < 500; round++) {
            const waiting = [...b.state.tickets.values()].filter((t) => t.status === 'waiting');
            if (waiting.length === 0) break;
            for (const c of ['c1', 'c2', 'c6', 'c8']) {
              const r = b.try({ type: 'counter:callNext', actorId: 't', counterId: c });
              if (!r.ok) continue;
              b.do({ type: 'ticket:start', actorId: 't', counterId: c });
              b.advance(4 * MIN);
              b.do({ type: 'ticket:finish', actorId: 't', counterId: c, outcome: 'served', servedBusinessTypeIds: [] });
            }
          }
          for (const t of b.state.tickets.values()) expect(t.status, `${t.number} starved`).toBe('done');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a day close leaves no open ticket, whatever came before', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 30, maxLength: 120, size: 'max' }), (steps) => {
        const { b } = run(steps);
        b.do({ type: 'day:close', actorId: 'admin', reason: 'end of day' });
        for (const t of b.state.tickets.values()) expect(OPEN_TICKET_STATUSES).not.toContain(t.status);
        for (const c of b.state.counters.values()) expect(c.currentTicketId).toBeNull();
      }),
      { numRuns: 50 },
    );
  });
});
