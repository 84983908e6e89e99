import { describe, expect, it } from 'vitest';
import type { StaffQueueEvent, StaffSnapshot } from '@lobby/shared';
import { applyStaffEvent, emptyFloorData, floorFromSnapshot } from './staff-data.ts';
import { counterView, laneStats, ticketView } from '../test/fixtures.ts';

function event(over: Partial<StaffQueueEvent> & { seq: number; type: StaffQueueEvent['type'] }): StaffQueueEvent {
  return {
    audience: 'staff',
    at: 0,
    businessDate: '2026-11-24',
    lanes: [laneStats('A', 1)],
    actorId: null,
    reason: null,
    ...over,
  };
}

describe('floorFromSnapshot', () => {
  it('indexes tickets and counters by id, keeps the VIP visits and measures the clock offset', () => {
    const visit = {
      id: 'v1',
      roomId: 'room1',
      ticketId: null,
      status: 'paged' as const,
      note: '',
      pagedStaffId: 'u1',
      servingStaffId: null,
      startedAt: 0,
      acceptedAt: null,
      finishedAt: null,
    };
    const snapshot = {
      audience: 'staff',
      seq: 9,
      businessDate: '2026-11-24',
      serverTime: 10_500,
      config: null,
      lanes: [laneStats('A', 1)],
      recentCalls: [],
      emergency: { active: false, message: '', since: null },
      lastMessage: null,
      tickets: [ticketView({ id: 't1' })],
      counters: [counterView({ id: 'c2' })],
      vipRooms: [{ id: 'room1', name: { zh: '贵宾室一', en: 'VIP room 1' }, visit }],
      alerts: [],
      staff: [],
    } as unknown as StaffSnapshot;
    const floor = floorFromSnapshot(snapshot, 10_000);
    expect(floor.seq).toBe(9);
    expect(Object.keys(floor.tickets)).toEqual(['t1']);
    expect(floor.counters.c2?.id).toBe('c2');
    expect(floor.vipVisits.v1).toEqual(visit);
    expect(floor.clockOffsetMs).toBe(500);
  });
});

describe('applyStaffEvent', () => {
  it('upserts the ticket and counter post-states and advances seq, leaving untouched maps as they were', () => {
    const base = {
      ...emptyFloorData(),
      seq: 1,
      tickets: { t1: ticketView({ id: 't1' }), t2: ticketView({ id: 't2' }) },
      counters: { c2: counterView({ id: 'c2' }) },
    };
    const called = ticketView({ id: 't1', status: 'called', counterId: 'c2' });
    const next = applyStaffEvent(
      base,
      event({
        seq: 2,
        type: 'ticket:called',
        ticket: called,
        counter: counterView({ id: 'c2', currentTicketId: 't1' }),
      }),
    );
    expect(next.seq).toBe(2);
    expect(next.tickets.t1).toBe(called);
    expect(next.tickets.t2).toBe(base.tickets.t2);
    expect(next.counters.c2?.currentTicketId).toBe('t1');
    expect(base.tickets.t1?.status).toBe('waiting');
    expect(next.lanes).toEqual([laneStats('A', 1)]);
  });

  it('keeps the newest call first and applies every ticket of a multi-ticket event', () => {
    const call = {
      ticketId: 't1',
      number: 'A001',
      laneId: 'A',
      counterId: 'c2',
      counterNumber: 2,
      counterName: { zh: '2', en: '2' },
      at: 5,
      recall: 0,
    };
    const older = { ...call, ticketId: 't0', number: 'A000' };
    const base = { ...emptyFloorData(), recentCalls: [older] };
    const next = applyStaffEvent(
      base,
      event({ seq: 1, type: 'ticket:recalled', call, tickets: [ticketView({ id: 'a' }), ticketView({ id: 'b' })] }),
    );
    expect(next.recentCalls.map((c) => c.ticketId)).toEqual(['t1', 't0']);
    expect(Object.keys(next.tickets).sort()).toEqual(['a', 'b']);
  });

  it('tracks VIP visits: a page is kept, a finished visit empties its room', () => {
    const room = { id: 'room1', name: { zh: '贵宾室一', en: 'VIP room 1' }, visit: null };
    const paged = {
      id: 'v1',
      roomId: 'room1',
      ticketId: null,
      status: 'paged' as const,
      note: '',
      pagedStaffId: 'u1',
      servingStaffId: null,
      startedAt: 0,
      acceptedAt: null,
      finishedAt: null,
    };
    const afterPage = applyStaffEvent(
      { ...emptyFloorData(), vipRooms: [room] },
      event({ seq: 1, type: 'vipVisit:paged', vipVisit: paged }),
    );
    expect(afterPage.vipVisits.v1?.pagedStaffId).toBe('u1');
    expect(afterPage.vipRooms[0]?.visit).toEqual(paged);
    const finished = { ...paged, status: 'finished' as const, finishedAt: 9 };
    const afterFinish = applyStaffEvent(afterPage, event({ seq: 2, type: 'vipVisit:finished', vipVisit: finished }));
    expect(afterFinish.vipRooms[0]?.visit).toBeNull();
    expect(afterFinish.vipVisits.v1?.status).toBe('finished');
  });

  it('starts a new business date with no tickets after the day close', () => {
    const base = { ...emptyFloorData(), businessDate: '2026-11-24', tickets: { t1: ticketView({ id: 't1' }) } };
    const next = applyStaffEvent(base, event({ seq: 1, type: 'day:closed', businessDate: '2026-11-25' }));
    expect(next.tickets).toEqual({});
  });
});
