import type { HqQueueFact, HqTicketFact } from '@lobby/shared';

/** Small builders of fact bodies for head-office tests (the branch projects real ones). */
export const T0 = Date.parse('2026-11-24T10:00:00+08:00');
export const MIN = 60_000;

export function ticketFact(over: Partial<HqTicketFact> & Pick<HqTicketFact, 'id'>): HqTicketFact {
  return {
    number: 'A001',
    laneId: 'A',
    businessTypeId: 'deposit',
    businessDate: '2026-11-24',
    status: 'waiting',
    outcome: null,
    channel: 'kiosk',
    issuedAt: T0,
    firstCalledAt: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    counterId: null,
    tellerNo: null,
    recalls: 0,
    transfers: 0,
    priorityGroupId: null,
    vipTierId: null,
    targetWaitMin: 15,
    targetServiceMin: 5,
    ...over,
  };
}

export function queueFact(
  type: HqQueueFact['type'],
  at: number,
  tickets: HqTicketFact[],
  over: Partial<HqQueueFact> = {},
): HqQueueFact {
  return {
    kind: 'queue',
    eventSeq: 1,
    type,
    at,
    businessDate: '2026-11-24',
    actorNo: null,
    lanes: [
      {
        laneId: 'A',
        waiting: 1,
        longestWaitMs: 0,
        paused: false,
        estimateLowMin: 2,
        estimateHighMin: 6,
        issuedToday: 1,
      },
    ],
    tickets,
    counter: null,
    rating: null,
    emergency: null,
    ...over,
  };
}

/** One ticket's life: issued, called after `waitMin`, served for `serviceMin`, rated. */
export function servedTicketFacts(id: string, number: string, issuedAt: number, waitMin: number, serviceMin: number) {
  const issued = ticketFact({ id, number, issuedAt });
  const calledAt = issuedAt + waitMin * MIN;
  const called = {
    ...issued,
    status: 'called' as const,
    firstCalledAt: calledAt,
    calledAt,
    counterId: 'C1',
    tellerNo: '1001',
  };
  const started = { ...called, status: 'serving' as const, startedAt: calledAt + MIN / 2 };
  const finishedAt = started.startedAt + serviceMin * MIN;
  const done = { ...started, status: 'done' as const, outcome: 'served' as const, finishedAt };
  return [
    queueFact('ticket:issued', issuedAt, [issued]),
    queueFact('ticket:called', calledAt, [called]),
    queueFact('ticket:started', started.startedAt, [started]),
    queueFact('ticket:finished', finishedAt, [done]),
    queueFact('rating:recorded', finishedAt + MIN, [done], { rating: { ticketId: id, attitude: 5, efficiency: 4 } }),
  ];
}
