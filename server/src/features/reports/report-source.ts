/**
 * Reads the report input for a date range from the database: tickets of every business date
 * (past days stay in the tickets table after the day close), their ratings, and from the
 * event log how often each ticket was suspended. Who handled a ticket is the ticket's own
 * record (calledBy / servedBy / finishedBy), the one fact ratings and complaints use too.
 */
import { creditedStaffId, type StaffQueueEvent, type TicketStaffView } from '@lobby/shared';
import type { BranchStore } from '../../store/branch-store.ts';
import type { ReportBooking, ReportRating, ReportTicket } from './report-types.ts';

function suspendsFromEvents(events: readonly StaffQueueEvent[]): Map<string, number> {
  const byTicket = new Map<string, number>();
  for (const event of events) {
    const ticketId = event.ticket?.id;
    if (ticketId) byTicket.set(ticketId, (byTicket.get(ticketId) ?? 0) + 1);
  }
  return byTicket;
}

export function toReportTicket(t: TicketStaffView, suspends: number): ReportTicket {
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
    tellerId: creditedStaffId(t),
    suspends,
    transfers: t.redirects.length,
    booked: t.appointment?.onTime === true,
  };
}

export interface ReportData {
  tickets: ReportTicket[];
  ratings: ReportRating[];
  bookings: ReportBooking[];
}

export function loadReportData(
  store: Pick<BranchStore, 'engineState' | 'ratings' | 'eventLog' | 'bookings'>,
  from: string,
  to: string,
): ReportData {
  const ratings = store.ratings.between(from, to);
  const suspends = suspendsFromEvents(store.eventLog.ofTypesBetween(from, to, ['ticket:suspended']));
  const tickets = store.engineState.ticketsBetween(from, to).map((t) => toReportTicket(t, suspends.get(t.id) ?? 0));
  return {
    tickets,
    ratings: ratings.map((r) => ({ ticketId: r.ticketId, attitude: r.attitude, efficiency: r.efficiency })),
    bookings: store.bookings.between(from, to).map((b) => ({ status: b.status, punctuality: b.punctuality })),
  };
}
