import type { Ticket } from './types.ts';

/** What a ticket is born with; everything else starts empty. */
export type NewTicketFields = Pick<
  Ticket,
  | 'id'
  | 'token'
  | 'number'
  | 'laneId'
  | 'businessTypeId'
  | 'businessDate'
  | 'channel'
  | 'issuedAt'
  | 'priorityGroupId'
  | 'vipTierId'
> &
  Partial<Pick<Ticket, 'appointment' | 'remote'>>;

/**
 * A ticket just issued: waiting in its lane since `issuedAt`, never called, nobody's.
 * Fields are listed, not spread from `f`: callers pass objects of many shapes, and a
 * megamorphic spread cost ~80 µs a ticket (the wait forecast makes hundreds per refresh).
 */
export function newWaitingTicket(f: NewTicketFields): Ticket {
  return {
    id: f.id,
    token: f.token,
    number: f.number,
    laneId: f.laneId,
    businessTypeId: f.businessTypeId,
    businessDate: f.businessDate,
    channel: f.channel,
    issuedAt: f.issuedAt,
    priorityGroupId: f.priorityGroupId,
    vipTierId: f.vipTierId,
    appointment: f.appointment ?? null,
    remote: f.remote ?? null,
    status: 'waiting',
    outcome: null,
    enqueuedAt: f.issuedAt,
    firstCalledAt: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    counterId: null,
    pinnedCounterId: null,
    front: false,
    recalls: 0,
    suspendedByCounterId: null,
    suspension: null,
    finishReason: null,
    servedBusinessTypeIds: [],
    redirects: [],
    notes: [],
  };
}
