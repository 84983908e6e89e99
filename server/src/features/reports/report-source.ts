import type { StaffQueueEvent, TicketStaffView } from '@lobby/shared';
import type { Db } from '../../store/database.ts';
import type { ReportRating, ReportTicket } from './report-types.ts';

/**
 * Reads the report input for a date range from the database: tickets of every business date
 * (past days stay in the tickets table after the day close), their ratings, and from the
 * event log who served each ticket and how often it was suspended.
 */
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

function handlingFromEvents(db: Db, from: string, to: string): Map<string, Handling> {
  const rows = db
    .prepare(
      `SELECT type, actor_id, payload FROM event_log
       WHERE business_date BETWEEN ? AND ? AND type IN ('ticket:called','ticket:recalled','ticket:started','ticket:finished','ticket:noShowed','ticket:suspended')
       ORDER BY seq`,
    )
    .all(from, to) as { type: string; actor_id: string | null; payload: string }[];
  const byTicket = new Map<string, Handling>();
  for (const r of rows) {
    const event = JSON.parse(r.payload) as Partial<StaffQueueEvent>;
    const ticketId = event.ticket?.id;
    if (!ticketId) continue;
    const h = byTicket.get(ticketId) ?? { tellerId: null, suspends: 0 };
    if (r.type === 'ticket:suspended') h.suspends++;
    // The teller signed on at the counter is who served, even when the lobby pressed the button.
    if (HANDLING_EVENTS.has(r.type)) h.tellerId = event.counter?.tellerId ?? h.tellerId ?? r.actor_id;
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

export function loadReportData(db: Db, from: string, to: string): ReportData {
  const ticketRows = db
    .prepare('SELECT data FROM tickets WHERE business_date BETWEEN ? AND ? ORDER BY business_date, issued_at, rowid')
    .all(from, to) as { data: string }[];
  const ratingRows = db
    .prepare('SELECT ticket_id, teller_id, attitude, efficiency FROM ratings WHERE business_date BETWEEN ? AND ?')
    .all(from, to) as { ticket_id: string; teller_id: string | null; attitude: number; efficiency: number }[];
  const ratingTeller = new Map(ratingRows.map((r) => [r.ticket_id, r.teller_id]));
  const handling = handlingFromEvents(db, from, to);
  const tickets = ticketRows.map((r) => {
    const t = JSON.parse(r.data) as TicketStaffView;
    return toReportTicket(t, handling.get(t.id), ratingTeller.get(t.id) ?? null);
  });
  return {
    tickets,
    ratings: ratingRows.map((r) => ({ ticketId: r.ticket_id, attitude: r.attitude, efficiency: r.efficiency })),
  };
}
