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

/** A ticket just issued: waiting in its lane since `issuedAt`, never called, nobody's. */
export function newWaitingTicket(f: NewTicketFields): Ticket {
  return {
    ...f,
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
