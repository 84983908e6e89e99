import { describe, expect, it } from 'vitest';
import type { TicketStaffView } from '@lobby/shared';
import { ticketTimeline } from './ticket-timeline.ts';

const base: TicketStaffView = {
  id: 't1',
  number: 'A001',
  laneId: 'B',
  businessTypeId: 'bills',
  businessDate: '2026-11-23',
  status: 'done',
  outcome: 'served',
  channel: 'kiosk',
  issuedAt: 1000,
  enqueuedAt: 5000,
  firstCalledAt: 3000,
  calledAt: 7000,
  startedAt: 8000,
  finishedAt: 9000,
  counterId: 'c6',
  pinnedCounterId: null,
  front: true,
  recalls: 0,
  priorityGroupId: null,
  vipTierId: null,
  suspendedByCounterId: null,
  suspension: null,
  finishReason: null,
  servedBusinessTypeIds: ['bills'],
  notes: [{ at: 4000, byStaffId: 'u1', text: '缺营业执照' }],
  redirects: [
    {
      at: 5000,
      byStaffId: 'lobby-1',
      fromLaneId: 'A',
      fromCounterId: 'c2',
      to: { kind: 'lane', laneId: 'B', position: 'first' },
      note: '对公业务',
    },
  ],
};

describe('ticketTimeline', () => {
  it('orders issue, calls, notes, redirects, start and end by time', () => {
    expect(ticketTimeline(base).map((e) => e.kind)).toEqual([
      'issued',
      'firstCalled',
      'note',
      'redirect',
      'called',
      'started',
      'finished',
    ]);
  });

  it('shows one call when the ticket was called once', () => {
    const once = { ...base, calledAt: 3000, redirects: [], notes: [] };
    expect(ticketTimeline(once).map((e) => e.kind)).toEqual(['issued', 'firstCalled', 'started', 'finished']);
  });
});
