/**
 * Engine state ⇄ rows. Writes are diffs: the engine is copy-on-write, so a ticket, counter
 * or field that is reference-equal to the previous state's did not change.
 * Tickets and counters keep indexed columns (constraints, queries) plus their full JSON;
 * every other state field is one JSON value in engine_meta, keyed by field name, so a
 * field the engine adds later is persisted without a schema change.
 */
import {
  storedBranchConfig,
  storedHallMessage,
  type BranchConfig,
  type HallMessage,
  type TicketStaffView,
  type VipVisitView,
} from '@lobby/shared';
import type { CounterRuntime, EngineState, Ticket, TicketChanges } from '../engine/types.ts';
import type { Db } from './database.ts';

interface TicketRow {
  data: string;
  token: string;
}

/** State fields stored as their own rows, not in engine_meta. */
const TABLE_FIELDS = new Set(['tickets', 'counters', 'vipVisits']);

/** The state as stored; Maps become arrays. */
export type PersistedState = Omit<EngineState, 'tickets' | 'counters' | 'vipVisits'> & {
  tickets: Ticket[];
  counters: CounterRuntime[];
  vipVisits: VipVisitView[];
};

/** Fields a ticket stored by an older release lacks, with the value they mean there. */
const TICKET_FIELDS_SINCE: Pick<Ticket, 'suspension' | 'finishReason'> = { suspension: null, finishReason: null };

function ticketFromRow(r: TicketRow): Ticket {
  return { ...TICKET_FIELDS_SINCE, ...(JSON.parse(r.data) as Omit<Ticket, 'token'>), token: r.token };
}

const isActive = (t: Ticket) => t.status === 'called' || t.status === 'serving';

export class EngineStateStore {
  private readonly upsertTicket;
  private readonly upsertCounter;
  private readonly putMeta;

  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;

    this.upsertTicket = db.prepare(`INSERT INTO tickets
        (id, business_date, number, lane_id, business_type_id, status, counter_id, token, issued_at, finished_at, data)
      VALUES (@id, @businessDate, @number, @laneId, @businessTypeId, @status, @counterId, @token, @issuedAt, @finishedAt, @data)
      ON CONFLICT (id) DO UPDATE SET lane_id = excluded.lane_id, business_type_id = excluded.business_type_id,
        status = excluded.status, counter_id = excluded.counter_id, finished_at = excluded.finished_at, data = excluded.data`);
    this.upsertCounter = db.prepare(`INSERT INTO counters (id, status, teller_id, online, current_ticket_id, data)
      VALUES (@id, @status, @tellerId, @online, @currentTicketId, @data)
      ON CONFLICT (id) DO UPDATE SET status = excluded.status, teller_id = excluded.teller_id, online = excluded.online,
        current_ticket_id = excluded.current_ticket_id, data = excluded.data`);
    this.putMeta = db.prepare(
      'INSERT INTO engine_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  hasState(): boolean {
    return this.db.prepare("SELECT 1 FROM engine_meta WHERE key = 'config'").get() !== undefined;
  }

  load(): PersistedState {
    const meta: Record<string, unknown> = {};
    for (const r of this.db.prepare('SELECT key, value FROM engine_meta').all() as { key: string; value: string }[]) {
      meta[r.key] = JSON.parse(r.value) as unknown;
    }
    const businessDate = meta.businessDate;
    if (typeof businessDate !== 'string') throw new Error('engine_meta has no businessDate');
    const tickets = (
      this.db
        .prepare('SELECT data, token FROM tickets WHERE business_date = ? ORDER BY issued_at, rowid')
        .all(businessDate) as TicketRow[]
    ).map(ticketFromRow);
    const counters = (this.db.prepare('SELECT data FROM counters').all() as { data: string }[]).map(
      (r) => JSON.parse(r.data) as CounterRuntime,
    );
    return {
      ...(meta as Omit<PersistedState, 'tickets' | 'counters'>),
      // Through the schema, so a config saved before a setting existed gets its default.
      config: storedBranchConfig(meta.config as BranchConfig),
      lastMessage: meta.lastMessage ? storedHallMessage(meta.lastMessage as HallMessage) : null,
      tickets,
      counters,
      vipVisits: (meta.vipVisits as VipVisitView[]) ?? [],
    };
  }

  /**
   * Writes what changed between prev and next (prev = null writes everything). Call inside a
   * transaction. `changedTickets` (the engine's) names the only tickets that can differ, so a
   * day's thousands are not compared on every command.
   */
  saveChanges(prev: EngineState | null, next: EngineState, changedTickets: TicketChanges): void {
    const changed: Ticket[] = [];
    const candidates = prev && changedTickets !== 'all' ? changedTickets : next.tickets.keys();
    for (const id of candidates) {
      const t = next.tickets.get(id);
      if (t && prev?.tickets.get(id) !== t) changed.push(t);
    }
    // Tickets leaving called/serving first, so the one-active-per-counter index never sees two at once.
    for (const t of [...changed.filter((t) => !isActive(t)), ...changed.filter(isActive)]) this.writeTicket(t);
    for (const [id, c] of next.counters) if (prev?.counters.get(id) !== c) this.writeCounter(c);
    const prevFields = prev as unknown as Record<string, unknown> | null;
    for (const [key, value] of Object.entries(next)) {
      if (TABLE_FIELDS.has(key)) continue;
      if (prevFields === null || prevFields[key] !== value) this.putMeta.run(key, JSON.stringify(value ?? null));
    }
    if (prev === null || prev.vipVisits !== next.vipVisits)
      this.putMeta.run('vipVisits', JSON.stringify([...next.vipVisits.values()]));
  }

  private writeTicket(t: Ticket): void {
    const { token, ...view } = t;
    this.upsertTicket.run({
      id: t.id,
      businessDate: t.businessDate,
      number: t.number,
      laneId: t.laneId,
      businessTypeId: t.businessTypeId,
      status: t.status,
      counterId: t.counterId,
      token,
      issuedAt: t.issuedAt,
      finishedAt: t.finishedAt,
      data: JSON.stringify(view),
    });
  }

  private writeCounter(c: CounterRuntime): void {
    this.upsertCounter.run({
      id: c.id,
      status: c.status,
      tellerId: c.tellerId,
      online: c.online ? 1 : 0,
      currentTicketId: c.currentTicketId,
      data: JSON.stringify(c),
    });
  }

  /** A ticket of any business date by its mobile token (past days are served from here). */
  ticketByToken(token: string): Ticket | null {
    const row = this.db.prepare('SELECT data, token FROM tickets WHERE token = ?').get(token) as TicketRow | undefined;
    return row ? ticketFromRow(row) : null;
  }

  /** A ticket of any business date (past days stay in the table after the day close). */
  ticketById(id: string): Ticket | null {
    const row = this.db.prepare('SELECT data, token FROM tickets WHERE id = ?').get(id) as TicketRow | undefined;
    return row ? { ...(JSON.parse(row.data) as Omit<Ticket, 'token'>), token: row.token } : null;
  }

  /** The ticket printed with this number on a business date. */
  ticketByNumber(businessDate: string, number: string): Ticket | null {
    const row = this.db
      .prepare('SELECT data, token FROM tickets WHERE business_date = ? AND number = ?')
      .get(businessDate, number) as TicketRow | undefined;
    return row ? { ...(JSON.parse(row.data) as Omit<Ticket, 'token'>), token: row.token } : null;
  }

  /** The staff view of every ticket of business dates between two dates (inclusive), in issue order. */
  ticketsBetween(from: string, to: string): TicketStaffView[] {
    return (
      this.db
        .prepare(
          'SELECT data FROM tickets WHERE business_date BETWEEN ? AND ? ORDER BY business_date, issued_at, rowid',
        )
        .all(from, to) as { data: string }[]
    ).map((r) => JSON.parse(r.data) as TicketStaffView);
  }

  numberOfTicket(id: string): string | null {
    const row = this.db.prepare('SELECT number FROM tickets WHERE id = ?').get(id) as { number: string } | undefined;
    return row?.number ?? null;
  }
}
