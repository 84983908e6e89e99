import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { StaffQueueEvent, TicketStaffView } from '@lobby/shared';
import type { CommandRecord } from './command-log.ts';

/**
 * After-the-fact proofs over what the server durably wrote. Each check returns the list of
 * violations (empty = proven), so a failing test prints exactly what went wrong.
 */
export interface StoredTicket {
  id: string;
  businessDate: string;
  number: string;
  laneId: string;
  status: string;
  counterId: string | null;
}

export interface DurableRecord {
  events: StaffQueueEvent[];
  tickets: StoredTicket[];
  /** requestIds the server stored an answer for (it executed them, whether or not the ack arrived). */
  answeredRequestIds?: Set<string>;
  /** The stored ack (JSON) of each requestId: what a resend of it is answered with. */
  storedAcks?: Map<string, string>;
}

/** Reads the event log and the tickets table through a separate read-only connection. */
export function readDurableRecord(dataDir: string): DurableRecord {
  const db = new Database(join(dataDir, 'lobby.sqlite3'), { readonly: true, fileMustExist: true });
  try {
    const events = (
      db.prepare('SELECT seq, payload FROM event_log ORDER BY seq').all() as { seq: number; payload: string }[]
    ).map((r) => ({ ...(JSON.parse(r.payload) as Omit<StaffQueueEvent, 'seq'>), seq: r.seq }) as StaffQueueEvent);
    const tickets = db
      .prepare(
        'SELECT id, business_date AS businessDate, number, lane_id AS laneId, status, counter_id AS counterId FROM tickets',
      )
      .all() as StoredTicket[];
    const results = db.prepare('SELECT request_id AS id, ack FROM command_results').all() as {
      id: string;
      ack: string;
    }[];
    const answeredRequestIds = new Set(results.map((r) => r.id));
    const storedAcks = new Map(results.map((r) => [r.id, r.ack]));
    return { events, tickets, answeredRequestIds, storedAcks };
  } finally {
    db.close();
  }
}

/** seq is exactly 1..N. */
export function gapsInLog(events: Pick<StaffQueueEvent, 'seq'>[]): string[] {
  const out: string[] = [];
  events.forEach((e, i) => {
    if (e.seq !== i + 1) out.push(`position ${i + 1} holds seq ${e.seq}`);
  });
  return out.slice(0, 20);
}

const ACTIVE = new Set(['called', 'serving']);

function ticketsOf(e: StaffQueueEvent): TicketStaffView[] {
  return [...(e.ticket ? [e.ticket] : []), ...(e.tickets ?? [])];
}

/**
 * Replays the staff events and tracks who holds what: a ticket active at two counters (or at
 * a counter and in a VIP room), or a counter with two active tickets, at any point of the day
 * is a violation. A ticket the lobby took into a VIP room is served there, at no counter: its
 * holder is the room, from the visit's events.
 */
export function doubleHolding(events: StaffQueueEvent[]): string[] {
  const holderOf = new Map<string, string>();
  const activeAt = new Map<string, string>();
  const roomOf = new Map<string, string>();
  const out: string[] = [];
  for (const e of events) {
    const visit = e.vipVisit;
    if (visit?.ticketId) {
      if (visit.status === 'finished') roomOf.delete(visit.ticketId);
      else roomOf.set(visit.ticketId, `VIP room ${visit.roomId}`);
    }
    const views = ticketsOf(e);
    // Releases first: one event may free a counter and fill it again.
    for (const t of views.filter((v) => !ACTIVE.has(v.status))) {
      const held = holderOf.get(t.id);
      if (held !== undefined && activeAt.get(held) === t.id) activeAt.delete(held);
      holderOf.delete(t.id);
    }
    for (const t of views.filter((v) => ACTIVE.has(v.status))) {
      const room = t.counterId === null ? roomOf.get(t.id) : undefined;
      const counterId = t.counterId ?? room;
      if (counterId === undefined) {
        out.push(`seq ${e.seq}: ${t.number} is ${t.status} at no counter`);
        continue;
      }
      const held = holderOf.get(t.id);
      if (held !== undefined && held !== counterId)
        out.push(`seq ${e.seq}: ${t.number} held by ${held} and ${counterId}`);
      // A room may host more than one visit; only counters hold one ticket at a time.
      if (room !== undefined) {
        holderOf.set(t.id, room);
        continue;
      }
      const other = activeAt.get(counterId);
      if (other !== undefined && other !== t.id)
        out.push(`seq ${e.seq}: counter ${counterId} holds ${other} and ${t.id}`);
      if (held !== undefined && held !== counterId && activeAt.get(held) === t.id) activeAt.delete(held);
      holderOf.set(t.id, counterId);
      activeAt.set(counterId, t.id);
    }
  }
  return out.slice(0, 20);
}

/** No number twice in one lane on one business date (stored tickets and acknowledged issues). */
export function reusedNumbers(tickets: Pick<StoredTicket, 'id' | 'businessDate' | 'laneId' | 'number'>[]): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const t of tickets) {
    const key = `${t.businessDate}/${t.laneId}/${t.number}`;
    const first = seen.get(key);
    if (first !== undefined && first !== t.id) out.push(`${key}: ${first} and ${t.id}`);
    else seen.set(key, t.id);
  }
  return out.slice(0, 20);
}

/** Key-order independent JSON, to compare an ack's view with a stored one. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

const TICKET_RESULT_COMMANDS = new Set([
  'counter:callNext',
  'counter:callTicket',
  'ticket:recall',
  'ticket:start',
  'ticket:finish',
  'ticket:markNoShow',
  'ticket:suspend',
  'ticket:transfer',
  'ticket:resume',
  'ticket:cancel',
  'ticket:reactivate',
  'ticket:setPriority',
  'ticket:addNote',
]);

/**
 * Every ok ack is durable: the ticket view it returned is one the event log recorded
 * (the post-state of that commit), an issued ticket is stored with the number the kiosk
 * printed, and each stored ticket row matches the last event about it.
 */
export function missingAckedEffects(records: CommandRecord[], record: DurableRecord): string[] {
  const views = new Map<string, Set<string>>();
  const lastView = new Map<string, TicketStaffView>();
  const issuedIn = new Map<string, string>();
  for (const e of record.events) {
    for (const t of ticketsOf(e)) {
      if (e.type === 'ticket:issued') issuedIn.set(t.id, t.laneId);
      let set = views.get(t.id);
      if (!set) views.set(t.id, (set = new Set()));
      set.add(canonical(t));
      lastView.set(t.id, t);
    }
  }
  const stored = new Map(record.tickets.map((t) => [t.id, t]));
  const out: string[] = [];
  for (const r of records) {
    if (r.ack?.ok !== true) continue;
    const data = r.ack.data as Record<string, unknown>;
    if (r.name === 'ticket:issue') {
      const issued = data as { ticket: { id: string; number: string }; laneId: string };
      const row = stored.get(issued.ticket.id);
      if (!row) out.push(`issued ${issued.ticket.number} (${issued.ticket.id}) is not stored`);
      // The lane may change later (transfer); the number never does (一票到底).
      else if (row.number !== issued.ticket.number) out.push(`issued ${issued.ticket.number} stored as ${row.number}`);
      else if (issuedIn.get(row.id) !== issued.laneId)
        out.push(
          `issued ${issued.ticket.number} in ${issued.laneId}, logged in ${issuedIn.get(row.id) ?? 'no issue event'}`,
        );
    } else if (TICKET_RESULT_COMMANDS.has(r.name)) {
      const view = data as unknown as TicketStaffView;
      if (!views.get(view.id)?.has(canonical(view)))
        out.push(`${r.name} ${r.requestId}: acked ${view.number} ${view.status} not in the event log`);
    }
  }
  for (const [id, v] of lastView) {
    const row = stored.get(id);
    if (!row) out.push(`${v.number} (${id}) in the event log but not stored`);
    else if (row.status !== v.status || row.counterId !== v.counterId)
      out.push(`${v.number}: stored ${row.status}@${row.counterId}, last event ${v.status}@${v.counterId}`);
  }
  return out.slice(0, 20);
}

/**
 * Idempotency as the clients saw it: every answer a client got (first send, resend after a
 * crash, or one of a double-click's two sends) is the ack the server stored for that
 * requestId, and every ok ack was stored — so a resend is answered from the commit, never
 * run a second time. A retried command answered differently from its stored result ran twice.
 */
export function ackStoreDisagreements(records: CommandRecord[], record: DurableRecord): string[] {
  const stored = record.storedAcks ?? new Map<string, string>();
  const out: string[] = [];
  for (const r of records) {
    if (r.ack === null) continue;
    const kept = stored.get(r.requestId);
    if (kept === undefined) {
      if (r.ack.ok) out.push(`${r.name} ${r.requestId}: ok ack${r.retried ? ' (resent)' : ''} with no stored result`);
    } else if (canonical(JSON.parse(kept)) !== canonical(r.ack)) {
      out.push(
        `${r.name} ${r.requestId}${r.retried ? ' (resent)' : ''}: answered ${JSON.stringify(r.ack)}, stored ${kept}`,
      );
    }
  }
  return out.slice(0, 20);
}
