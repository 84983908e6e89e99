import { isCounterAway, type CallAnnouncement } from '@lobby/shared';
import type { Draft } from '../draft.ts';
import { MAX_RECENT_CALLS } from '../state.ts';
import type { CounterRuntime, Ticket } from '../types.ts';
import { refuse, type Refusal } from './handler.ts';

/** Shared steps of the counter-side transitions, so each lives in exactly one place. */

/** May this counter take a new customer now? */
export function callRefusal(d: Draft, counter: CounterRuntime): Refusal | null {
  if (d.get('emergency').active) return refuse('EMERGENCY_MODE');
  if (counter.status === 'closed') return refuse('COUNTER_NOT_OPEN');
  if (isCounterAway(counter)) return refuse('COUNTER_AWAY');
  if (counter.status === 'paused') return refuse('COUNTER_PAUSED');
  if (!counter.online) return refuse('COUNTER_OFFLINE');
  if (counter.currentTicketId) return refuse('COUNTER_BUSY');
  return null;
}

export function announcement(d: Draft, ticket: Ticket, counter: CounterRuntime, recall: number): CallAnnouncement {
  const cfg = d.config.counters.find((c) => c.id === counter.id);
  return {
    ticketId: ticket.id,
    number: ticket.number,
    laneId: ticket.laneId,
    counterId: counter.id,
    counterNumber: cfg?.number ?? 0,
    counterName: cfg?.name ?? { zh: counter.id, en: counter.id },
    at: d.now,
    recall,
  };
}

function remember(d: Draft, call: CallAnnouncement): void {
  d.set('recentCalls', [call, ...d.get('recentCalls')].slice(0, MAX_RECENT_CALLS));
}

/** Hand a waiting ticket to a counter (call next / call specific). */
export function assignCall(
  d: Draft,
  counter: CounterRuntime,
  ticket: Ticket,
  actorId: string | null,
  reason: string | null,
): void {
  const called: Ticket = {
    ...ticket,
    status: 'called',
    counterId: counter.id,
    calledAt: d.now,
    firstCalledAt: ticket.firstCalledAt ?? d.now,
    calledBy: handlerAt(counter, actorId),
    servedBy: null,
    finishedBy: null,
    recalls: 0,
    pinnedCounterId: null,
    front: false,
  };
  d.putTicket(called);
  d.putCounter({ ...counter, currentTicketId: called.id, idleSince: null });
  const call = announcement(d, called, counter, 0);
  remember(d, call);
  d.emit({
    type: 'ticket:called',
    actorId,
    reason,
    ticketIds: [called.id],
    counterId: counter.id,
    laneId: called.laneId,
    call,
  });
}

export function recordRecall(d: Draft, counter: CounterRuntime, ticket: Ticket, actorId: string | null): void {
  const recalled: Ticket = { ...ticket, recalls: ticket.recalls + 1, calledAt: d.now };
  d.putTicket(recalled);
  const call = announcement(d, recalled, counter, recalled.recalls);
  remember(d, call);
  d.emit({
    type: 'ticket:recalled',
    actorId,
    ticketIds: [recalled.id],
    counterId: counter.id,
    laneId: recalled.laneId,
    call,
  });
}

/** Who a counter step is credited to: the teller signed on there, else whoever pressed the button. */
export function handlerAt(counter: CounterRuntime, actorId: string | null): string | null {
  return counter.tellerId ?? actorId;
}

/** The counter lets go of its ticket and is idle from now (unless closed). */
export function freeCounter(d: Draft, counter: CounterRuntime): void {
  d.putCounter({ ...counter, currentTicketId: null, idleSince: counter.status === 'closed' ? null : d.now });
}
