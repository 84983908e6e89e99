/**
 * Reads the report input for a date range from the database: tickets of every business date
 * (past days stay in the tickets table after the day close), their ratings, and from the
 * event log who served each ticket and how often it was suspended.
 */
import type { StaffQueueEvent, TicketStaffView } from '@lobby/shared';
import type { BranchStore } from '../../store/branch-store.ts';
import type { ReportRating, ReportTicket } from './report-types.ts';

const HANDLING_EVENTS = new Set([
  'ticket:called',
  'ticket:recalled',
  'ticket:started',
  'ticket:finished',
  'ticket:noShowed',
]);

interface Handling {
  tellerId: string | null;
  suspends: number;
}

function handlingFromEvents(events: readonly StaffQueueEvent[]): Map<string, Handling> {
  const byTicket = new Map<string, Handling>();
  for (const event of events) {
    const ticketId = event.ticket?.id;
    if (!ticketId) continue;
    const h = byTicket.get(ticketId) ?? { tellerId: null, suspends: 0 };
    if (event.type === 'ticket:suspended') h.suspends++;
    // The teller signed on at the counter is who served, even when the lobby pressed the button.
    if (HANDLING_EVENTS.has(event.type)) h.tellerId = event.counter?.tellerId ?? h.tellerId ?? event.actorId;
    byTicket.set(ticketId, h);
  }
  return byTicket;
}

export function toReportTicket(t: TicketStaffView, h: Handling | undefined, ratingTeller: string | null): ReportTicket {
  return {
    id: t.id,
    number: t.number,
    businessDate: t.businessDate,
    laneId: t.laneId,
    businessTypeId: t.businessTypeId,
    status: t.status,
    outcome: t.outcome,
    issuedAt: t.issuedAt,
    calledAt: t.calledAt,
    startedAt: t.startedAt,
    finishedAt: t.finishedAt,
    counterId: t.counterId,
    tellerId: h?.tellerId ?? ratingTeller,
    suspends: h?.suspends ?? 0,
    transfers: t.redirects.length,
  };
}

export interface ReportData {
  tickets: ReportTicket[];
  ratings: ReportRating[];
}

export function loadReportData(
  store: Pick<BranchStore, 'engineState' | 'ratings' | 'eventLog'>,
  from: string,
  to: string,
): ReportData {
  const ratings = store.ratings.between(from, to);
  const ratingTeller = new Map(ratings.map((r) => [r.ticketId, r.tellerId]));
  const handling = handlingFromEvents(
    store.eventLog.ofTypesBetween(from, to, [...HANDLING_EVENTS, 'ticket:suspended']),
  );
  const tickets = store.engineState
    .ticketsBetween(from, to)
    .map((t) => toReportTicket(t, handling.get(t.id), ratingTeller.get(t.id) ?? null));
  return {
    tickets,
    ratings: ratings.map((r) => ({ ticketId: r.ticketId, attitude: r.attitude, efficiency: r.efficiency })),
  };
}
