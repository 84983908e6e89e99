import Database from 'better-sqlite3';
import type { StaffQueueEvent, TicketStaffView } from '@lobby/shared';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { EventLog } from './event-log.ts';
import { migrate, readMigrationFiles } from './migrations.ts';

const ticket = (id: string): TicketStaffView => ({ id, number: id.toUpperCase() }) as TicketStaffView;

function event(seq: number, type: StaffQueueEvent['type'], extra: Partial<StaffQueueEvent> = {}): StaffQueueEvent {
  return {
    seq,
    type,
    at: 1000 + seq,
    businessDate: '2026-11-24',
    lanes: [],
    audience: 'staff',
    actorId: 'stf-1',
    reason: null,
    ...extra,
  };
}

/** The event log's ticket index: a ticket's events in one lookup, old rows included. */
describe('event log ticket index', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
  });
  afterEach(() => db.close());

  test('finds every event of a ticket, single- and many-ticket events alike, and nothing else', () => {
    migrate(db);
    const log = new EventLog(db);
    log.append(event(1, 'ticket:issued', { ticket: ticket('t1') }));
    log.append(event(2, 'ticket:issued', { ticket: ticket('t2') }));
    log.append(event(3, 'counter:opened'));
    log.append(event(4, 'ticket:called', { ticket: ticket('t1') }));
    log.append(event(5, 'day:closed', { tickets: [ticket('t1'), ticket('t2')] }));
    expect(log.forTicket('t1').map((e) => [e.seq, e.type])).toEqual([
      [1, 'ticket:issued'],
      [4, 'ticket:called'],
      [5, 'day:closed'],
    ]);
    expect(log.forTicket('t2').map((e) => e.seq)).toEqual([2, 5]);
    expect(log.forTicket('t3')).toEqual([]);
    // The index is found by the query planner, not a scan of the log.
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT e.seq FROM event_log_tickets t JOIN event_log e ON e.seq = t.seq WHERE t.ticket_id = ?',
      )
      .all('t1') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' | ')).not.toMatch(/SCAN e\b|SCAN event_log\b/);
  });

  test('indexes the events logged before the migration', () => {
    const files = readMigrationFiles();
    migrate(
      db,
      files.filter((f) => f.version < 50),
    );
    const insert = db.prepare(
      'INSERT INTO event_log (seq, business_date, type, at, actor_id, reason, payload) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const e of [
      event(1, 'ticket:issued', { ticket: ticket('t1') }),
      event(2, 'counter:opened'),
      event(3, 'day:closed', { tickets: [ticket('t1'), ticket('t2')] }),
    ]) {
      const { seq, ...payload } = e;
      insert.run(seq, e.businessDate, e.type, e.at, e.actorId, e.reason, JSON.stringify(payload));
    }
    migrate(db, files);
    const log = new EventLog(db);
    expect(log.forTicket('t1').map((e) => e.seq)).toEqual([1, 3]);
    expect(log.forTicket('t2').map((e) => e.seq)).toEqual([3]);
    expect(() => db.prepare('DELETE FROM event_log_tickets').run()).toThrow(/append-only/);
  });
});

/** The audit viewer's 仅人工操作: the actions people decided, as shared classifies them. */
describe('event log audit, manual actions only', () => {
  test("keeps a teller's no-show and the lobby's issue on a customer's behalf, drops routine and system events", () => {
    const db = new Database(':memory:');
    migrate(db);
    const log = new EventLog(db);
    const issued = (id: string, channel: TicketStaffView['channel']) =>
      ({ id, number: id.toUpperCase(), channel }) as TicketStaffView;
    log.append(event(1, 'ticket:issued', { ticket: issued('t1', 'kiosk'), actorId: 'dev-kiosk' }));
    log.append(event(2, 'ticket:issued', { ticket: issued('t2', 'lobby'), actorId: 'stf-lobby' }));
    log.append(event(3, 'ticket:called', { ticket: ticket('t1') }));
    log.append(event(4, 'ticket:noShowed', { ticket: ticket('t1') }));
    log.append(event(5, 'counter:wentOffline', { actorId: null }));
    log.append(event(6, 'counter:lanesChanged', { reason: '午间兼办' }));
    log.append(event(7, 'config:changed'));
    const audit = (manualOnly: boolean) =>
      log.audit({ from: '2026-11-24', to: '2026-11-24', manualOnly, limit: 100 }).map((e) => e.seq);
    expect(audit(true)).toEqual([7, 6, 4, 2]);
    expect(audit(false)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    db.close();
  });
});
