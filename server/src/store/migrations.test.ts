import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { migrate, MigrationError, readMigrationFiles } from './migrations.ts';

describe('migrations ledger', () => {
  let dir: string;
  let db: Database.Database;
  const write = (file: string, sql: string) => writeFileSync(join(dir, file), sql);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lobby-mig-'));
    mkdirSync(dir, { recursive: true });
    db = new Database(':memory:');
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('applies pending files in order once and records them', () => {
    write('001-a.sql', 'CREATE TABLE a (x INTEGER);');
    write('002-b.sql', 'CREATE TABLE b (y INTEGER);');
    expect(migrate(db, readMigrationFiles(dir), 1)).toEqual([1, 2]);
    expect(migrate(db, readMigrationFiles(dir), 2)).toEqual([]);
    expect(db.prepare('SELECT version, name, applied_at FROM schema_migrations').all()).toEqual([
      { version: 1, name: 'a', applied_at: 1 },
      { version: 2, name: 'b', applied_at: 1 },
    ]);
    write('003-c.sql', 'CREATE TABLE c (z INTEGER);');
    expect(migrate(db, readMigrationFiles(dir), 3)).toEqual([3]);
  });

  test('refuses a database that has a version the code does not know', () => {
    write('001-a.sql', 'CREATE TABLE a (x INTEGER);');
    write('002-b.sql', 'CREATE TABLE b (y INTEGER);');
    migrate(db, readMigrationFiles(dir));
    rmSync(join(dir, '002-b.sql'));
    expect(() => migrate(db, readMigrationFiles(dir))).toThrow(/migration 2 \(b\) that this code does not know/);
  });

  test('refuses an applied file whose text changed', () => {
    write('001-a.sql', 'CREATE TABLE a (x INTEGER);');
    migrate(db, readMigrationFiles(dir));
    write('001-a.sql', 'CREATE TABLE a (x INTEGER, extra TEXT);');
    expect(() => migrate(db, readMigrationFiles(dir))).toThrow(MigrationError);
    expect(() => migrate(db, readMigrationFiles(dir))).toThrow(/changed after it was applied/);
  });

  test('refuses an unapplied file numbered below the highest applied one', () => {
    write('001-a.sql', 'CREATE TABLE a (x INTEGER);');
    write('003-c.sql', 'CREATE TABLE c (x INTEGER);');
    migrate(db, readMigrationFiles(dir));
    write('002-b.sql', 'CREATE TABLE b (x INTEGER);');
    expect(() => migrate(db, readMigrationFiles(dir))).toThrow(/out of order/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
  });

  test('a failing migration leaves no trace of itself', () => {
    write('001-a.sql', 'CREATE TABLE a (x INTEGER);');
    write('002-bad.sql', 'CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);');
    expect(() => migrate(db, readMigrationFiles(dir))).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }]);
  });

  test('rejects badly named and duplicate-numbered files', () => {
    write('1-a.sql', 'SELECT 1;');
    expect(() => readMigrationFiles(dir)).toThrow(/NNN-name\.sql/);
    rmSync(join(dir, '1-a.sql'));
    write('001-a.sql', 'SELECT 1;');
    write('001-b.sql', 'SELECT 1;');
    expect(() => readMigrationFiles(dir)).toThrow(/share version 1/);
  });

  /**
   * The migration versions each released build shipped. A branch may run any of them, so a
   * database made by every one must upgrade to this code: a migration added since a release
   * has to be numbered above that release's highest (the ranges per feature are a
   * convention while writing, not a licence to fill gaps below a shipped number).
   */
  const RELEASED: Record<string, number[]> = {
    '807e8c2 (before go-live)': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 30],
    '4700e29 (go-live, security, appointments, head office)': [
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 30, 31, 40, 41, 50, 70, 71, 72, 80,
    ],
  };
  test.each(Object.entries(RELEASED))('a database made by release %s upgrades to this code', (_, versions) => {
    const shipped = readMigrationFiles();
    const old = shipped.filter((f) => versions.includes(f.version));
    expect(old.map((f) => f.version)).toEqual(versions);
    migrate(db, old);
    expect(() => migrate(db, shipped)).not.toThrow();
    const ledger = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    expect(ledger.map((r) => r.version)).toEqual(shipped.map((f) => f.version));
  });

  test('the shipped migrations apply to a fresh database', () => {
    const applied = migrate(db);
    expect(applied.slice(0, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
