import {
  HqAlertFactSchema,
  HqComplaintFactSchema,
  HqProfileFactSchema,
  HqQueueFactSchema,
  type Complaint,
  type StaffQueueEvent,
  type TicketStaffView,
} from '@lobby/shared';
import { describe, expect, it } from 'vitest';
import { demoBranchConfig } from '../../seed/demo-config.ts';
import {
  projectAlert,
  projectComplaint,
  projectProfile,
  projectQueueEvent,
  type ProjectionLookups,
} from './project-fact.ts';

/**
 * What leaves the branch. Every sensitive value a branch holds is planted in the inputs;
 * none may appear in what is sent, and what is sent must pass head office's strict schemas.
 */
const SECRETS = [
  '13800138000', // a phone number in a note
  '110101199003071234', // an ID card number
  '张三丰', // a customer's name
  'Teller Full Name',
  'private staff reason',
  'vip room note',
  'hall broadcast text',
  'emergency text',
  'stf_teller_internal_id',
  'mobile-token-secret',
];

const config = demoBranchConfig();
const lane = config.lanes[0]!;
const bt = config.businessTypes.find((b) => b.laneId === lane.id)!;
const counter = config.counters[0]!;

const ticket: TicketStaffView & { token?: string } = {
  id: 'tkt_1',
  number: `${lane.prefix}023`,
  laneId: lane.id,
  businessTypeId: bt.id,
  businessDate: '2026-11-24',
  status: 'serving',
  outcome: null,
  channel: 'kiosk',
  issuedAt: 1000,
  enqueuedAt: 1000,
  firstCalledAt: 2000,
  calledAt: 2000,
  startedAt: 3000,
  finishedAt: null,
  counterId: counter.id,
  pinnedCounterId: null,
  front: false,
  recalls: 0,
  priorityGroupId: null,
  vipTierId: 'gold',
  suspendedByCounterId: null,
  suspension: null,
  finishReason: null,
  servedBusinessTypeIds: [],
  redirects: [
    {
      at: 1500,
      byStaffId: 'stf_teller_internal_id',
      fromLaneId: lane.id,
      fromCounterId: null,
      to: { kind: 'lane', laneId: lane.id, position: 'first' },
      note: 'customer 张三丰 phone 13800138000',
    },
  ],
  notes: [{ at: 1600, byStaffId: 'stf_teller_internal_id', text: 'ID 110101199003071234' }],
};

const event = {
  seq: 42,
  type: 'ticket:started',
  at: 3000,
  businessDate: '2026-11-24',
  lanes: [
    {
      laneId: lane.id,
      waiting: 3,
      longestWaitMs: 90_000,
      estimate: { lowMin: 2, highMin: 8 },
      paused: false,
      issuedToday: 23,
    },
  ],
  audience: 'staff',
  actorId: 'stf_teller_internal_id',
  reason: 'private staff reason',
  ticket: { ...ticket, token: 'mobile-token-secret' } as TicketStaffView,
  counter: {
    id: counter.id,
    number: counter.number,
    name: counter.name,
    zoneId: counter.zoneId,
    laneIds: [lane.id],
    status: 'open',
    pauseReason: null,
    tellerId: 'stf_teller_internal_id',
    tellerName: 'Teller Full Name',
    online: true,
    currentTicketId: 'tkt_1',
    idleSince: null,
  },
  vipVisit: {
    id: 'v1',
    roomId: 'r1',
    ticketId: 'tkt_1',
    status: 'in_service',
    note: 'vip room note',
    pagedStaffId: null,
    servingStaffId: null,
    startedAt: 1,
    acceptedAt: null,
    finishedAt: null,
  },
  message: { id: 'm1', text: 'hall broadcast text', speak: true, at: 1 },
  emergency: { active: true, message: 'emergency text', since: 1 },
} as StaffQueueEvent;

const lookups: ProjectionLookups = {
  staffNo: (id) => (id === 'stf_teller_internal_id' ? '1001' : null),
  rating: () => ({ attitude: 5, efficiency: 4 }),
  ticketNumber: () => null,
};

function expectNoSecret(value: unknown): void {
  const text = JSON.stringify(value);
  for (const secret of SECRETS) expect(text, `"${secret}" left the branch`).not.toContain(secret);
}

describe('replication projection: what leaves the branch', () => {
  it('a queue event keeps public facts and the teller by staff number, and nothing sensitive', () => {
    const fact = projectQueueEvent(event, config, lookups);
    expectNoSecret(fact);
    expect(HqQueueFactSchema.parse(fact)).toEqual(fact);
    expect(fact.tickets[0]).toMatchObject({
      number: `${lane.prefix}023`,
      tellerNo: '1001',
      transfers: 1,
      targetWaitMin: lane.targetWaitMin,
    });
    expect(fact.counter).toMatchObject({ tellerNo: '1001', currentNumber: `${lane.prefix}023` });
    expect(fact).toMatchObject({ actorNo: '1001', emergency: true, eventSeq: 42 });
  });

  it('a rating carries its two scores', () => {
    const fact = projectQueueEvent({ ...event, type: 'rating:recorded' }, config, lookups);
    expect(fact.rating).toEqual({ ticketId: 'tkt_1', attitude: 5, efficiency: 4 });
  });

  it('a complaint keeps its state and clocks, never its text or contact', () => {
    const complaint: Complaint = {
      id: 'cmp_1',
      receivedAt: 5,
      receivedDate: '2026-11-24',
      source: 'counter',
      category: 'attitude',
      severity: 'minor',
      status: 'open',
      summary: 'customer 张三丰 says',
      demand: 'call 13800138000',
      contactName: '张三丰',
      contactPhone: '13800138000',
      ticketId: 'tkt_1',
      counterId: counter.id,
      tellerId: 'stf_teller_internal_id',
      ownerId: 'stf_teller_internal_id',
      firstResponseDue: '2026-11-25',
      handlingDue: '2026-12-08',
      writtenResultDue: null,
      respondedAt: null,
      resolvedAt: null,
      writtenResultAt: null,
      verifiedAt: null,
      closedAt: null,
      resolution: 'ID 110101199003071234',
      contactPurgedAt: null,
    };
    const fact = projectComplaint(complaint, 9, lookups);
    expectNoSecret(fact);
    expect(HqComplaintFactSchema.parse(fact)).toEqual(fact);
    expect(fact.complaint.tellerNo).toBe('1001');
  });

  it('the branch profile and alerts carry names of lanes and counters, no staff and no customer', () => {
    const profile = projectProfile({ ...config, branch: { ...config.branch, hotline: '13800138000' } }, 3, 1);
    expectNoSecret(profile);
    expect(HqProfileFactSchema.parse(profile)).toEqual(profile);
    const alert = projectAlert({
      alertId: 'a1',
      action: 'raised',
      kind: 'wait_over_target',
      laneId: lane.id,
      counterId: null,
      at: 1,
    });
    expect(HqAlertFactSchema.parse(alert)).toEqual(alert);
  });

  it("head office's schemas refuse a field nobody listed", () => {
    const fact = projectQueueEvent(event, config, lookups);
    const leaky = { ...fact, tickets: [{ ...fact.tickets[0], notes: ticket.notes }] };
    expect(HqQueueFactSchema.safeParse(leaky).success).toBe(false);
  });
});
