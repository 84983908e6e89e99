import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BranchConfig } from '@lobby/shared';
import { forecastWaits } from '../estimate/forecast.ts';
import type { EngineState } from '../types.ts';
import { rankCandidates } from '../policies/dispatch-order.ts';
import type { EngineCommand } from '../types.ts';
import { Branch, MIN, testConfig } from './fixtures.ts';

/** On-time appointments get the policy's head start; phone tickets wait for their customer and never hold anyone up. */
const withRemote = (c: BranchConfig): BranchConfig => ({
  ...c,
  remoteQueue: { enabled: true, laneIds: ['A', 'B'], perPhonePerDay: 2, graceMin: 5 },
  appointments: { ...c.appointments, headStartMin: 15 },
});

function remote(b: Branch, id: string, laneId = 'A'): EngineCommand {
  return {
    type: 'ticket:issue',
    actorId: null,
    ticketId: id,
    token: `tok-${id}`,
    laneId,
    businessTypeId: laneId === 'A' ? 'cash' : 'corp-cash',
    priorityGroupId: null,
    vipTierId: null,
    channel: 'mobile',
  };
}

/** Tickets ahead in the wait forecast (the figure the kiosk prints and the mobile page shows). */
const aheadOf = (state: EngineState, ticketId: string, now: number) =>
  forecastWaits(state, now, null).tickets.get(ticketId)?.ahead;

const activate = (ticketId: string): EngineCommand => ({ type: 'ticket:activate', actorId: 'kiosk', ticketId });
const tick: EngineCommand = { type: 'system:tick', actorId: null };

describe('appointment priority', () => {
  it('an on-time booked customer goes ahead of walk-ins who waited less than the head start', () => {
    const b = new Branch(testConfig(withRemote));
    b.open('c2');
    const walkIn = b.issue('A');
    b.advance(10 * MIN);
    const booked = b.issue('A', { appointment: { bookingId: 'bk1', slotStart: b.now, onTime: true } });
    expect(rankCandidates(b.state, 'c2', b.now).map((t) => t.id)).toEqual([booked, walkIn]);
    expect(aheadOf(b.state, booked, b.now)).toBe(0);
    expect(b.call('c2')).toBe(booked);
  });

  it('a late booked customer is a walk-in: no head start', () => {
    const b = new Branch(testConfig(withRemote));
    const walkIn = b.issue('A');
    b.advance(1 * MIN);
    const late = b.issue('A', { appointment: { bookingId: 'bk2', slotStart: b.now - 30 * MIN, onTime: false } });
    expect(rankCandidates(b.state, 'c2', b.now).map((t) => t.id)).toEqual([walkIn, late]);
    expect(b.ticket(late).appointment).toMatchObject({ bookingId: 'bk2', onTime: false });
  });

  it('the head start is the configured one: with none, issue order decides', () => {
    const b = new Branch(
      testConfig((c) => ({ ...withRemote(c), appointments: { ...c.appointments, headStartMin: 0 } })),
    );
    const walkIn = b.issue('A');
    b.advance(MIN);
    b.issue('A', { appointment: { bookingId: 'bk3', slotStart: b.now, onTime: true } });
    expect(rankCandidates(b.state, 'c2', b.now)[0]!.id).toBe(walkIn);
  });
});

describe('phone tickets', () => {
  it('are refused while the remote queue is off or for a lane it does not take', () => {
    const off = new Branch(testConfig((c) => ({ ...c, remoteQueue: { ...c.remoteQueue, enabled: false } })));
    expect(off.try(remote(off, 'r1'))).toMatchObject({ ok: false, code: 'REMOTE_QUEUE_CLOSED' });
    const b = new Branch(testConfig(withRemote));
    const k: EngineCommand = { ...remote(b, 'r2'), laneId: 'K', businessTypeId: 'passbook' } as EngineCommand;
    expect(b.try(k)).toMatchObject({ ok: false, code: 'REMOTE_QUEUE_CLOSED' });
    expect(b.try(remote(b, 'r3')).ok).toBe(true);
    expect(b.ticket('r3')).toMatchObject({ channel: 'mobile', remote: { activatedAt: null, passedAt: null } });
  });

  it('hold their place and show it, but a counter calls past them until activated', () => {
    const b = new Branch(testConfig(withRemote));
    b.do(remote(b, 'r1'));
    b.advance(MIN);
    const walkIn = b.issue('A');
    expect(aheadOf(b.state, 'r1', b.now)).toBe(0);
    expect(aheadOf(b.state, walkIn, b.now)).toBe(1);
    b.open('c2');
    const r = b.do({ type: 'counter:callNext', actorId: 't', counterId: 'c2' });
    expect(r.events.map((e) => e.type)).toEqual(['ticket:passed', 'ticket:called']);
    expect(b.ticket(walkIn).status).toBe('called');
    expect(b.ticket('r1').remote?.passedAt).toBe(b.now);
    expect(
      b.try({ type: 'counter:callTicket', actorId: 't', counterId: 'c3', ticketId: 'r1', reason: 'x' }),
    ).toMatchObject({ ok: false });
  });

  it('cannot be called by hand before the customer is here', () => {
    const b = new Branch(testConfig(withRemote));
    b.do(remote(b, 'r1'));
    b.open('c2');
    expect(
      b.try({ type: 'counter:callTicket', actorId: 't', counterId: 'c2', ticketId: 'r1', reason: 'x' }),
    ).toMatchObject({ ok: false, code: 'TICKET_NOT_ACTIVATED' });
    expect(b.try({ type: 'counter:callNext', actorId: 't', counterId: 'c2' })).toMatchObject({ code: 'QUEUE_EMPTY' });
  });

  it('a free counter passes them on the timer; past the grace they lapse', () => {
    const b = new Branch(testConfig(withRemote));
    b.do(remote(b, 'r1'));
    b.do(tick);
    expect(b.ticket('r1').remote?.passedAt).toBeNull(); // no counter open: nobody would call it
    b.open('c2');
    b.advance(1000);
    const passed = b.do(tick);
    expect(passed.events.map((e) => e.type)).toEqual(['ticket:passed']);
    const passedAt = b.now;
    b.advance(5 * MIN - 1000);
    expect(b.do(tick).events).toEqual([]);
    expect(b.ticket('r1').status).toBe('waiting');
    b.advance(1000);
    const lapsed = b.do(tick);
    expect(lapsed.events.map((e) => e.type)).toEqual(['ticket:lapsed']);
    expect(b.ticket('r1')).toMatchObject({ status: 'cancelled', outcome: 'lapsed', finishedAt: passedAt + 5 * MIN });
  });

  it('activated within the grace, the passed ticket is called next', () => {
    const b = new Branch(testConfig(withRemote));
    b.do(remote(b, 'r1'));
    b.advance(MIN);
    b.issue('A');
    b.open('c2');
    b.call('c2');
    b.advance(2 * MIN);
    const later = b.issue('A');
    expect(b.do(activate('r1')).events.map((e) => e.type)).toEqual(['ticket:activated']);
    expect(b.try(activate('r1'))).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    b.open('c3');
    expect(b.call('c3')).toBe('r1');
    expect(b.ticket(later).status).toBe('waiting');
    expect(b.do(tick).events).toEqual([]);
  });

  it('only phone tickets can be activated', () => {
    const b = new Branch(testConfig(withRemote));
    const paper = b.issue('A');
    expect(b.try(activate(paper))).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect(b.try(activate('nope'))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

/**
 * The walk-ins' day is the same, call for call, whether or not phone tickets whose customers
 * never come are in the queue: they are called past and lapse, and take no counter time.
 */
describe('phone tickets never hold anyone up', () => {
  const LANES = ['A', 'B'] as const;
  const COUNTERS = ['c2', 'c3', 'c6'];

  function day(arrivals: { lane: number; gapSec: number; phone: boolean }[], withGhosts: boolean) {
    const b = new Branch(testConfig(withRemote));
    for (const c of COUNTERS) b.open(c);
    const calls: string[] = [];
    const busyUntil = new Map<string, number>();
    let i = 0;
    for (const a of arrivals) {
      // Each step: time passes, counters that are done finish and call again, the timer runs.
      for (let s = 0; s < a.gapSec; s += 30) {
        b.advance(30_000);
        for (const c of COUNTERS) {
          const current = b.counter(c).currentTicketId;
          if (current && (busyUntil.get(c) ?? 0) <= b.now) {
            b.do({ type: 'ticket:start', actorId: 't', counterId: c });
            b.do({ type: 'ticket:finish', actorId: 't', counterId: c, outcome: 'served', servedBusinessTypeIds: [] });
          }
          if (!b.counter(c).currentTicketId) {
            const r = b.try({ type: 'counter:callNext', actorId: 't', counterId: c });
            if (r.ok) {
              const called = r.events.find((e) => e.type === 'ticket:called')!.ticketIds[0]!;
              const t = b.ticket(called);
              expect(t.remote?.activatedAt ?? b.now, 'an unactivated phone ticket was called').not.toBeNull();
              calls.push(`${b.now}:${c}:${called}`);
              busyUntil.set(c, b.now + 4 * MIN);
            } else {
              expect(r.code).toBe('QUEUE_EMPTY');
              expect(rankCandidates(b.state, c, b.now)).toHaveLength(0);
            }
          }
        }
        b.do(tick);
      }
      const lane = LANES[a.lane]!;
      if (a.phone) {
        if (withGhosts) b.do({ ...remote(b, `g${i}`, lane) } as EngineCommand);
      } else b.issue(lane, { ticketId: `w${i}`, token: `tw${i}` });
      i += 1;
    }
    return { b, calls };
  }

  it('walk-ins are called at the same times with and without never-arriving phone tickets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ lane: fc.nat(1), gapSec: fc.integer({ min: 30, max: 300 }), phone: fc.boolean() }), {
          minLength: 10,
          maxLength: 60,
        }),
        (arrivals) => {
          const tail = [...arrivals, ...Array.from({ length: 30 }, () => ({ lane: 0, gapSec: 300, phone: false }))];
          const without = day(tail, false);
          const withGhosts = day(tail, true);
          expect(withGhosts.calls).toEqual(without.calls);
          // Every ghost left the queue as lapsed; none was ever called.
          for (const t of withGhosts.b.state.tickets.values())
            if (t.id.startsWith('g')) expect(t).toMatchObject({ status: 'cancelled', outcome: 'lapsed' });
        },
      ),
      { numRuns: 15 },
    );
  }, 60_000);
});
