import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openBranchStore, type BranchStore } from './branch-store.ts';

let dir: string;
let store: BranchStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lobby-store-'));
  store = openBranchStore(dir, 0);
});
afterEach(() => {
  store.db.close();
  rmSync(dir, { recursive: true, force: true });
});

const insert = (id: string, number: string, status: string, counterId: string | null, date = '2026-11-24') =>
  store.db
    .prepare(
      `INSERT INTO tickets (id, business_date, number, lane_id, business_type_id, status, counter_id, token, issued_at, data)
       VALUES (?, ?, ?, 'A', 'cash', ?, ?, ?, 0, '{}')`,
    )
    .run(id, date, number, status, counterId, `tok-${id}`);

test('pragmas: WAL, synchronous FULL, foreign keys on', () => {
  expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
  expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
});

test('a counter holds at most one called/serving ticket, enforced by the database', () => {
  insert('t1', 'A001', 'called', 'c2');
  expect(() => insert('t2', 'A002', 'serving', 'c2')).toThrow(/UNIQUE/);
  insert('t3', 'A003', 'done', 'c2');
  insert('t4', 'A004', 'called', 'c3');
});

test('numbers are unique per business date, and may repeat on another date', () => {
  insert('t1', 'A001', 'waiting', null);
  expect(() => insert('t2', 'A001', 'waiting', null)).toThrow(/UNIQUE/);
  insert('t3', 'A001', 'waiting', null, '2026-11-25');
});

test('the event log is append-only', () => {
  store.db
    .prepare(
      "INSERT INTO event_log (seq, business_date, type, at, payload) VALUES (1, '2026-11-24', 'ticket:issued', 0, '{}')",
    )
    .run();
  expect(() => store.db.prepare('UPDATE event_log SET type = ? WHERE seq = 1').run('x')).toThrow(/append-only/);
  expect(() => store.db.prepare('DELETE FROM event_log').run()).toThrow(/append-only/);
});

test('VIP identifiers are kept only as keyed hashes, normalised to digits', () => {
  store.vip.upsert('6222-0200 0000 0001', 'gold', 0);
  expect(store.vip.lookup('6222020000000001')?.tierId).toBe('gold');
  expect(store.vip.lookup('6222020000000002')).toBeNull();
  const rows = store.db.prepare('SELECT * FROM vip_customers').all() as { identifier_hash: string }[];
  expect(rows[0]!.identifier_hash).not.toContain('6222');
  // The key lives in the database: a reopened store hashes the same way.
  store.db.close();
  store = openBranchStore(dir, 0);
  expect(store.vip.lookup('6222020000000001')?.tierId).toBe('gold');
});

test('passwords and session tokens are stored hashed; sessions expire', () => {
  const user = store.staff.create(
    { username: 'u', name: 'U', role: 'teller', staffNo: '1', password: 'pw123456', mustChangePassword: false },
    0,
  );
  const row = store.db.prepare('SELECT password_hash FROM staff_users WHERE id = ?').get(user.id) as {
    password_hash: string;
  };
  expect(row.password_hash).toMatch(/^scrypt\$/);
  const token = store.staff.openSession(user.id, 1000);
  expect(JSON.stringify(store.db.prepare('SELECT * FROM sessions').all())).not.toContain(token);
  // In use all day (no idle limit here): it still ends 14 h after sign-in.
  const noIdleLimit = Number.MAX_SAFE_INTEGER;
  expect(store.staff.userBySession(token, 2000, noIdleLimit)?.id).toBe(user.id);
  expect(store.staff.userBySession(token, 1000 + 15 * 3600_000, noIdleLimit)).toBeNull();
});
