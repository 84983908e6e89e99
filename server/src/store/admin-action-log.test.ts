import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { AdminActionLog, type AdminActionEntry } from './admin-action-log.ts';
import { migrate } from './migrations.ts';

const entry = (target: string): AdminActionEntry => ({
  at: 1,
  actorId: 'stf-admin',
  action: 'staff:update',
  target,
  reason: null,
  detail: {},
});

/** Audit rows: one way, in the same transaction as the change they record. */
describe('admin action log', () => {
  let db: Database.Database;
  let log: AdminActionLog;
  const rows = () => log.between(0, 10, 100).map((a) => a.target);
  beforeEach(() => {
    db = new Database(':memory:');
    migrate(db);
    log = new AdminActionLog(db);
    db.exec('CREATE TABLE probe (x TEXT)');
  });
  afterEach(() => db.close());

  test('writes the change and its audit row together', () => {
    const result = log.audited(
      () => db.prepare("INSERT INTO probe VALUES ('a')").run().changes,
      (n) => entry(`changed ${n}`),
    );
    expect(result).toBe(1);
    expect(rows()).toEqual(['changed 1']);
  });

  test('a change that fails leaves no audit row, and a failed audit row undoes the change', () => {
    expect(() =>
      log.audited(
        () => {
          db.prepare("INSERT INTO probe VALUES ('b')").run();
          throw new Error('change failed');
        },
        () => entry('b'),
      ),
    ).toThrow('change failed');
    expect(() =>
      log.audited(
        () => db.prepare("INSERT INTO probe VALUES ('c')").run(),
        () => ({ ...entry('c'), detail: { loop: 1n } as unknown as Record<string, unknown> }),
      ),
    ).toThrow();
    expect(rows()).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM probe').get()).toEqual({ n: 0 });
  });

  test('records nothing when the change did nothing', () => {
    log.audited(
      () => false,
      (done) => (done ? entry('d') : null),
    );
    expect(rows()).toEqual([]);
  });

  test('refuses an audit row written outside a transaction', () => {
    expect(() => log.record(entry('e'))).toThrow(/outside the change's transaction/);
    expect(rows()).toEqual([]);
  });
});
