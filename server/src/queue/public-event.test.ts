import type { StaffQueueEvent } from '@lobby/shared';
import { expect, test } from 'vitest';
import { toPublicEvent } from './public-event.ts';

const staffEvent: StaffQueueEvent = {
  seq: 7,
  type: 'ticket:called',
  at: 1000,
  businessDate: '2026-11-24',
  lanes: [],
  audience: 'staff',
  actorId: 'stf_1',
  reason: 'customer asked',
  ticket: {
    id: 't1',
    number: 'V003',
    laneId: 'V',
    businessTypeId: 'vip-service',
    businessDate: '2026-11-24',
    status: 'called',
    outcome: null,
    channel: 'kiosk',
    issuedAt: 1,
    enqueuedAt: 1,
    firstCalledAt: 1000,
    calledAt: 1000,
    startedAt: null,
    finishedAt: null,
    counterId: 'c8',
    pinnedCounterId: null,
    front: false,
    recalls: 0,
    priorityGroupId: 'elderly',
    vipTierId: 'diamond',
    suspendedByCounterId: null,
    servedBusinessTypeIds: [],
    redirects: [{ at: 1, byStaffId: 'stf_2', fromLaneId: 'A', fromCounterId: null, to: { kind: 'lane', laneId: 'V', position: 'first' }, note: 'VIP' }],
    notes: [{ at: 1, byStaffId: 'stf_2', text: 'hard of hearing' }],
  },
  counter: {
    id: 'c8',
    number: 8,
    name: { zh: '8号窗口', en: 'Counter 8' },
    zoneId: 'soft',
    laneIds: ['V', 'A'],
    status: 'open',
    pauseReason: null,
    tellerId: 'stf_1',
    tellerName: '柜员1',
    online: true,
    currentTicketId: 't1',
    idleSince: null,
  },
  vipVisit: { id: 'v1', roomId: 'room1', ticketId: 't1', status: 'paged', note: 'n', pagedStaffId: 's', servingStaffId: null, startedAt: 1, acceptedAt: null, finishedAt: null },
};

test('the public event keeps number and counter only', () => {
  const pub = toPublicEvent(staffEvent, (id) => (id === 't1' ? 'V003' : null));
  expect(pub).toEqual({
    seq: 7,
    type: 'ticket:called',
    at: 1000,
    businessDate: '2026-11-24',
    lanes: [],
    audience: 'public',
    ticket: { id: 't1', number: 'V003', laneId: 'V', status: 'called', counterId: 'c8', calledAt: 1000 },
    counter: { id: 'c8', number: 8, name: { zh: '8号窗口', en: 'Counter 8' }, zoneId: 'soft', laneIds: ['V', 'A'], status: 'open', currentNumber: 'V003' },
  });
});
