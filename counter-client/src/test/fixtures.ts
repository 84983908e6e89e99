import type { CounterStaffView, LaneStats, TicketStaffView } from '@lobby/shared';

/** Minimal staff views for unit tests; each test overrides what it is about. */
export function ticketView(over: Partial<TicketStaffView> & { id: string }): TicketStaffView {
  return {
    number: over.id.toUpperCase(),
    laneId: 'A',
    businessTypeId: 'cash',
    businessDate: '2026-11-24',
    status: 'waiting',
    outcome: null,
    channel: 'kiosk',
    issuedAt: 1_000,
    enqueuedAt: 1_000,
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

export function counterView(over: Partial<CounterStaffView> & { id: string }): CounterStaffView {
  return {
    number: 2,
    name: { zh: '2号窗口', en: 'Counter 2' },
    zoneId: 'soft',
    laneIds: ['A', 'V'],
    status: 'open',
    pauseReason: null,
    tellerId: 'u1',
    tellerName: '柜员1',
    online: true,
    currentTicketId: null,
    idleSince: 0,
    ...over,
  };
}

export function laneStats(laneId: string, waiting: number): LaneStats {
  return { laneId, waiting, longestWaitMs: 0, estimate: null, ahead: null, paused: false, issuedToday: waiting };
}
