import { describe, expect, it } from 'vitest';
import type {
  CallAnnouncement,
  CounterPublicView,
  PublicQueueEvent,
  PublicSnapshot,
  StaffQueueEvent,
  TicketPublicView,
  TicketStaffView,
} from '@lobby/shared';
import { demoBranchConfig } from '../../../server/src/seed/demo-config.ts';
import { applyEvent, applySnapshot, MAX_CALLS } from './floor-state.ts';

const config = demoBranchConfig();
const counter = (id: string, number: number, currentNumber: string | null = null): CounterPublicView => ({
  id,
  number,
  name: { zh: `${number}号窗口`, en: `Counter ${number}` },
  zoneId: 'soft',
  laneIds: ['A'],
  status: 'open',
  away: false,
  currentNumber,
});
const snapshot: PublicSnapshot = {
  audience: 'public',
  seq: 7,
  businessDate: '2026-11-24',
  serverTime: 10_000,
  config,
  lanes: [{ laneId: 'A', waiting: 3, longestWaitMs: 0, estimate: null, ahead: null, paused: false, issuedToday: 3 }],
  recentCalls: [],
  emergency: { active: false, message: '', since: null },
  lastMessage: null,
  estimates: null,
  tickets: [],
  counters: [counter('c3', 3), counter('c2', 2)],
};
const call = (n: number, recall = 0): CallAnnouncement => ({
  ticketId: `t${n}`,
  number: `A${String(n).padStart(3, '0')}`,
  laneId: 'A',
  counterId: 'c2',
  counterNumber: 2,
  counterName: { zh: '2号窗口', en: 'Counter 2' },
  at: 1000 + n,
  recall,
});
const event = (seq: number, extra: Partial<PublicQueueEvent>): PublicQueueEvent => ({
  seq,
  type: 'ticket:called',
  at: seq,
  businessDate: '2026-11-24',
  lanes: [],
  audience: 'public',
  ...extra,
});

describe('floor state', () => {
  it('takes a snapshot whole, counters in number order, with the server clock offset', () => {
    const s = applySnapshot(snapshot, 4_000);
    expect(s.seq).toBe(7);
    expect(s.counters.map((c) => c.number)).toEqual([2, 3]);
    expect(s.serverOffsetMs).toBe(6_000);
  });

  it('shows a call at its counter and in the list; a recall moves the number to the top once', () => {
    let s = applySnapshot(snapshot, 0);
    s = applyEvent(
      s,
      event(8, {
        call: call(1),
        ticket: { id: 't1', number: 'A001', laneId: 'A', status: 'called', counterId: 'c2', calledAt: 1 },
      }),
    );
    s = applyEvent(s, event(9, { call: call(2) }));
    s = applyEvent(s, event(10, { type: 'ticket:recalled', call: call(1, 1) }));
    expect(s.calls.map((c) => [c.number, c.recall])).toEqual([
      ['A001', 1],
      ['A002', 0],
    ]);
    expect(s.counters.find((c) => c.id === 'c2')?.currentNumber).toBe('A001');
    expect(s.seq).toBe(10);
  });

  it('clears "now serving" when the ticket leaves the counter, even without a counter in the event', () => {
    let s = applySnapshot({ ...snapshot, counters: [counter('c2', 2, 'A001')] }, 0);
    s = applyEvent(
      s,
      event(8, {
        type: 'ticket:finished',
        ticket: { id: 't1', number: 'A001', laneId: 'A', status: 'done', counterId: 'c2', calledAt: 1 },
      }),
    );
    expect(s.counters[0]?.currentNumber).toBeNull();
  });

  it('takes a call off the board when its ticket leaves that counter (transfer, suspend, finish, no-show)', () => {
    const at = (status: TicketPublicView['status'], counterId: string | null): TicketPublicView => ({
      id: 't1',
      number: 'A001',
      laneId: 'A',
      status,
      counterId,
      calledAt: 1,
    });
    const called = () =>
      applyEvent(applySnapshot(snapshot, 0), event(8, { call: call(1), ticket: at('called', 'c2') }));
    expect(called().calls.map((c) => c.number)).toEqual(['A001']);
    // Served at the counter it was called to: still current.
    expect(applyEvent(called(), event(9, { type: 'ticket:started', ticket: at('serving', 'c2') })).calls).toHaveLength(
      1,
    );
    for (const [type, ticket] of [
      ['ticket:transferred', at('waiting', null)],
      ['ticket:suspended', at('suspended', null)],
      ['ticket:noShowed', at('no_show', 'c2')],
      ['ticket:finished', at('done', 'c2')],
    ] as const) {
      expect(applyEvent(called(), event(9, { type, ticket })).calls, type).toEqual([]);
    }
    // A snapshot keeps only the calls whose ticket is still at its counter.
    const fresh = applySnapshot(
      { ...snapshot, recentCalls: [call(1), call(2)], tickets: [{ ...at('called', 'c2'), id: 't2', number: 'A002' }] },
      0,
    );
    expect(fresh.calls.map((c) => c.number)).toEqual(['A002']);
  });

  it('keeps the call list bounded over a long day', () => {
    let s = applySnapshot(snapshot, 0);
    for (let i = 1; i <= 500; i++) s = applyEvent(s, event(7 + i, { call: call(i) }));
    expect(s.calls).toHaveLength(MAX_CALLS);
    expect(s.calls[0]?.number).toBe('A500');
  });

  it('copies only public ticket and counter fields, even from a staff-shaped payload', () => {
    const staffTicket = {
      id: 't9',
      number: 'A009',
      laneId: 'A',
      status: 'called',
      counterId: 'c2',
      calledAt: 5,
      vipTierId: 'gold',
      notes: [{ text: 'secret' }],
    } as unknown as TicketStaffView;
    const leaky = {
      ...event(8, {}),
      audience: 'staff',
      ticket: staffTicket,
      actorId: 'u1',
      reason: 'x',
    } as unknown as StaffQueueEvent;
    const s = applyEvent(applySnapshot(snapshot, 0), leaky);
    expect(JSON.stringify(s)).not.toContain('secret');
    expect(JSON.stringify(s)).not.toContain('vipTierId');
  });

  it('follows emergency, hall messages and the day close', () => {
    let s = applySnapshot(snapshot, 0);
    s = applyEvent(s, event(8, { call: call(1) }));
    s = applyEvent(
      s,
      event(9, { type: 'emergency:started', emergency: { active: true, message: '请疏散', since: 9 } }),
    );
    s = applyEvent(
      s,
      event(10, {
        type: 'hall:broadcasted',
        message: { id: 'm', text: '你好', speak: true, at: 10, expiresAt: 600_010 },
      }),
    );
    expect(s.emergency.active).toBe(true);
    expect(s.lastMessage?.text).toBe('你好');
    s = applyEvent(s, event(11, { type: 'day:closed' }));
    expect(s.calls).toEqual([]);
    s = applyEvent(s, event(12, { call: call(2) }));
    // The next morning, even without a day:closed event, yesterday's calls are gone.
    s = applyEvent(s, event(13, { type: 'ticket:issued', businessDate: '2026-11-25' }));
    expect(s.calls).toEqual([]);
    expect(s.businessDate).toBe('2026-11-25');
  });
});
