import { expect, test } from 'vitest';
import type { StaffQueueEvent, TicketStaffView, VipVisitView } from '@lobby/shared';
import type { CommandRecord } from './support/command-log.ts';
import {
  ackStoreDisagreements,
  canonical,
  doubleHolding,
  gapsInLog,
  missingAckedEffects,
  reusedNumbers,
} from './support/log-checks.ts';

/** The after-checks must catch what they claim to catch, or the load tests prove nothing. */
function ticket(
  id: string,
  status: TicketStaffView['status'],
  counterId: string | null,
  number = id.toUpperCase(),
): TicketStaffView {
  return {
    id,
    number,
    laneId: 'A',
    businessTypeId: 'cash',
    businessDate: '2026-11-24',
    status,
    outcome: null,
    channel: 'kiosk',
    issuedAt: 1,
    enqueuedAt: 1,
    firstCalledAt: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    calledBy: null,
    servedBy: null,
    finishedBy: null,
    counterId,
    pinnedCounterId: null,
    front: false,
    recalls: 0,
    priorityGroupId: null,
    vipTierId: null,
    suspendedByCounterId: null,
    suspension: null,
    finishReason: null,
    servedBusinessTypeIds: [],
    redirects: [],
    notes: [],
  };
}

function event(seq: number, type: StaffQueueEvent['type'], tickets: TicketStaffView[]): StaffQueueEvent {
  return {
    seq,
    type,
    at: seq,
    businessDate: '2026-11-24',
    lanes: [],
    audience: 'staff',
    actorId: null,
    reason: null,
    ...(tickets.length === 1 ? { ticket: tickets[0] } : { tickets }),
  };
}

test('gapsInLog finds a missing and a repeated seq', () => {
  expect(gapsInLog([{ seq: 1 }, { seq: 2 }, { seq: 3 }])).toEqual([]);
  expect(gapsInLog([{ seq: 1 }, { seq: 3 }])).toEqual(['position 2 holds seq 3']);
  expect(gapsInLog([{ seq: 1 }, { seq: 1 }])).toHaveLength(1);
});

test('doubleHolding: a ticket at two counters, or two tickets at one counter, is caught; a normal day is not', () => {
  const normal = [
    event(1, 'ticket:called', [ticket('a', 'called', 'c2')]),
    event(2, 'ticket:finished', [ticket('a', 'done', 'c2')]),
    event(3, 'ticket:called', [ticket('b', 'called', 'c2')]),
    event(4, 'ticket:transferred', [ticket('b', 'waiting', null)]),
    event(5, 'ticket:called', [ticket('b', 'called', 'c3')]),
  ];
  expect(doubleHolding(normal)).toEqual([]);
  const twoCounters = [
    event(1, 'ticket:called', [ticket('a', 'called', 'c2')]),
    event(2, 'ticket:called', [ticket('a', 'called', 'c3')]),
  ];
  expect(doubleHolding(twoCounters)).toEqual(['seq 2: A held by c2 and c3']);
  const twoTickets = [
    event(1, 'ticket:called', [ticket('a', 'called', 'c2')]),
    event(2, 'ticket:called', [ticket('b', 'called', 'c2')]),
  ];
  expect(doubleHolding(twoTickets)).toEqual(['seq 2: counter c2 holds a and b']);
});

test('doubleHolding: a ticket served in a VIP room is held by the room, and a counter calling it too is caught', () => {
  const room = (seq: number, type: StaffQueueEvent['type'], t: TicketStaffView, status: VipVisitView['status']) => ({
    ...event(seq, type, [t]),
    vipVisit: { id: 'vv1', roomId: 'room1', ticketId: t.id, status } as VipVisitView,
  });
  const served = [
    room(1, 'vipVisit:started', ticket('v', 'serving', null), 'waiting_staff'),
    room(2, 'vipVisit:accepted', ticket('v', 'serving', null), 'in_service'),
    room(3, 'vipVisit:finished', ticket('v', 'done', null), 'finished'),
  ];
  expect(doubleHolding(served)).toEqual([]);
  const alsoCalled = [
    room(1, 'vipVisit:started', ticket('v', 'serving', null), 'waiting_staff'),
    event(2, 'ticket:called', [ticket('v', 'called', 'c2')]),
  ];
  expect(doubleHolding(alsoCalled)).toEqual(['seq 2: V held by VIP room room1 and c2']);
  // Serving at no counter and in no room is still a violation.
  expect(doubleHolding([event(1, 'ticket:started', [ticket('v', 'serving', null)])])).toEqual([
    'seq 1: V is serving at no counter',
  ]);
});

test('reusedNumbers: the same number twice in a lane and date', () => {
  const t = (id: string, number: string, businessDate = 'd1') => ({ id, businessDate, laneId: 'A', number });
  expect(reusedNumbers([t('x', 'A001'), t('y', 'A002'), t('z', 'A001', 'd2')])).toEqual([]);
  expect(reusedNumbers([t('x', 'A001'), t('y', 'A001')])).toEqual(['d1/A/A001: x and y']);
});

test('missingAckedEffects: an acked view the log never recorded, a lost issue and a stale row are all reported', () => {
  const called = ticket('a', 'called', 'c2');
  const events = [event(1, 'ticket:issued', [ticket('a', 'waiting', null)]), event(2, 'ticket:called', [called])];
  const rows = [{ id: 'a', businessDate: '2026-11-24', number: 'A', laneId: 'A', status: 'called', counterId: 'c2' }];
  const ok = (name: CommandRecord['name'], data: unknown): CommandRecord => ({
    name,
    requestId: `r-${name}`,
    principal: 'p',
    ack: { ok: true, data },
    lost: false,
    retried: false,
    ms: 1,
  });
  const issued = { ticket: { id: 'a', number: 'A' }, laneId: 'A' };
  expect(
    missingAckedEffects([ok('ticket:issue', issued), ok('counter:callNext', { ...called })], { events, tickets: rows }),
  ).toEqual([]);
  expect(
    missingAckedEffects([ok('ticket:start', ticket('a', 'serving', 'c2'))], { events, tickets: rows }),
  ).toHaveLength(1);
  expect(
    missingAckedEffects([ok('ticket:issue', { ticket: { id: 'zz', number: 'A9' }, laneId: 'A' })], {
      events,
      tickets: rows,
    }),
  ).toEqual(['issued A9 (zz) is not stored']);
  expect(missingAckedEffects([], { events, tickets: [{ ...rows[0]!, status: 'waiting', counterId: null }] })).toEqual([
    'A: stored waiting@null, last event called@c2',
  ]);
});

test('ackStoreDisagreements: a resend answered unlike its stored result, and an ok ack never stored, are reported', () => {
  const record = (requestId: string, ack: CommandRecord['ack'], retried = false): CommandRecord => ({
    name: 'counter:callNext',
    requestId,
    principal: 'p',
    ack,
    lost: false,
    retried,
    ms: 1,
  });
  const called = ticket('a', 'called', 'c2');
  const storedAcks = new Map([
    ['r1', JSON.stringify({ ok: true, data: called })],
    ['r2', JSON.stringify({ ok: false, code: 'QUEUE_EMPTY' })],
  ]);
  const durable = { events: [], tickets: [], storedAcks };
  // Key order does not matter; a typed refusal that was never stored (refused before the queue) is fine.
  expect(
    ackStoreDisagreements(
      [
        record('r1', { ok: true, data: { ...called } }, true),
        record('r2', { ok: false, code: 'QUEUE_EMPTY' }),
        record('r3', { ok: false, code: 'RATE_LIMITED' }),
        record('r4', null),
      ],
      durable,
    ),
  ).toEqual([]);
  expect(
    ackStoreDisagreements([record('r1', { ok: true, data: ticket('b', 'called', 'c2') }, true)], durable),
  ).toHaveLength(1);
  expect(ackStoreDisagreements([record('r5', { ok: true, data: called })], durable)).toEqual([
    'counter:callNext r5: ok ack with no stored result',
  ]);
});

test('canonical ignores key order only', () => {
  expect(canonical({ a: 1, b: { c: 2, d: [1, 2] } })).toBe(canonical({ b: { d: [1, 2], c: 2 }, a: 1 }));
  expect(canonical({ a: [1, 2] })).not.toBe(canonical({ a: [2, 1] }));
});
