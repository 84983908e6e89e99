import { describe, expect, it } from 'vitest';
import type { CounterStaffView, LaneStats, TicketStaffView } from '@lobby/shared';
import {
  countByTab,
  counterDisplayState,
  laneHealth,
  longestWaitMs,
  splitDuration,
  suspendedSince,
  suspendNote,
  ticketsForTab,
} from './floor-view.ts';

function ticket(id: string, over: Partial<TicketStaffView>): TicketStaffView {
  return {
    id,
    number: id,
    laneId: 'A',
    businessTypeId: 'cash',
    businessDate: '2026-11-23',
    status: 'waiting',
    outcome: null,
    channel: 'kiosk',
    issuedAt: 0,
    enqueuedAt: 0,
    firstCalledAt: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    counterId: null,
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
    ...over,
  };
}

describe('ticketsForTab', () => {
  const tickets = Object.fromEntries(
    [
      ticket('A001', { enqueuedAt: 100 }),
      ticket('A002', { enqueuedAt: 50 }),
      ticket('A003', { enqueuedAt: 300, front: true }),
      ticket('A004', { enqueuedAt: 400, pinnedCounterId: 'c3' }),
      ticket('B001', { laneId: 'B', enqueuedAt: 10 }),
      ticket('A005', { status: 'suspended', suspendedByCounterId: 'c2' }),
      ticket('A006', { status: 'done', finishedAt: 500 }),
      ticket('A007', { status: 'cancelled', issuedAt: 600 }),
    ].map((t) => [t.id, t]),
  );

  it('puts pinned, then front-of-lane, then the longest waiting first', () => {
    expect(ticketsForTab(tickets, 'waiting', 'A').map((t) => t.id)).toEqual(['A004', 'A003', 'A002', 'A001']);
  });

  it('filters by lane and by status', () => {
    expect(ticketsForTab(tickets, 'waiting', 'B').map((t) => t.id)).toEqual(['B001']);
    expect(ticketsForTab(tickets, 'suspended', null).map((t) => t.id)).toEqual(['A005']);
    expect(ticketsForTab(tickets, 'closed', null).map((t) => t.id)).toEqual(['A007', 'A006']);
  });

  it('counts every list', () => {
    expect(countByTab(tickets)).toEqual({ waiting: 5, active: 0, suspended: 1, noShow: 0, closed: 2 });
  });
});

describe('laneHealth', () => {
  const stats = (over: Partial<LaneStats>): LaneStats => ({
    laneId: 'A',
    waiting: 3,
    longestWaitMs: 60_000,
    estimate: { pointMin: 7, lowMin: 5, highMin: 10, aboutNow: false },
    ahead: 2,
    paused: false,
    issuedToday: 3,
    ...over,
  });

  it('is over when the longest wait passed the target', () => {
    expect(laneHealth(stats({ longestWaitMs: 16 * 60_000 }), 15)).toBe('over');
  });
  it('warns when a new ticket would be told more than the target', () => {
    expect(laneHealth(stats({ estimate: { pointMin: 17, lowMin: 15, highMin: 20, aboutNow: false } }), 15)).toBe(
      'warn',
    );
  });
  it('is over when people wait and no counter serves the lane', () => {
    expect(laneHealth(stats({ estimate: null }), 15)).toBe('over');
    expect(laneHealth(stats({ estimate: null, waiting: 0 }), 15)).toBe('ok');
  });
  it('is ok within target', () => {
    expect(laneHealth(stats({}), 15)).toBe('ok');
  });
});

describe('display helpers', () => {
  it('splits durations and never goes negative', () => {
    expect(splitDuration(125_400)).toEqual({ min: 2, sec: 5 });
    expect(splitDuration(-5_000)).toEqual({ min: 0, sec: 0 });
  });
  it('shows a signed-on counter whose client dropped as offline', () => {
    const c: CounterStaffView = {
      id: 'c2',
      number: 2,
      name: { zh: '2号窗口', en: 'Counter 2' },
      zoneId: 'soft',
      laneIds: ['A'],
      status: 'open',
      pauseReason: null,
      tellerId: 'u1',
      tellerName: '王',
      online: false,
      currentTicketId: null,
      idleSince: 0,
    };
    expect(counterDisplayState(c)).toBe('offline');
    expect(counterDisplayState({ ...c, online: true })).toBe('open');
  });
});

describe('live figures', () => {
  it('counts the longest wait of a lane from issue, over waiting tickets only', () => {
    const tickets = {
      a: ticket('A001', { issuedAt: 1_000 }),
      b: ticket('A002', { issuedAt: 5_000 }),
      c: ticket('A000', { issuedAt: 0, status: 'called' }),
      d: ticket('B001', { laneId: 'B', issuedAt: 0 }),
    };
    expect(longestWaitMs(tickets, 'A', 61_000)).toBe(60_000);
    expect(longestWaitMs(tickets, 'V', 61_000)).toBe(0);
  });

  it("reads the suspension's note and time from the ticket's last note", () => {
    const t = ticket('A009', {
      status: 'suspended',
      issuedAt: 10,
      notes: [
        { at: 50, byStaffId: 'u', text: '早先备注' },
        { at: 90, byStaffId: 'u', text: '缺营业执照' },
      ],
    });
    expect(suspendNote(t)).toBe('缺营业执照');
    expect(suspendedSince(t)).toBe(90);
    expect(suspendedSince(ticket('A010', { issuedAt: 10 }))).toBe(10);
  });
});
