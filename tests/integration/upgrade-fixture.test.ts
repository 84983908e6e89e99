import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { BranchReport, LoginResponse } from '@lobby/shared';
import { createApp, type LobbyApp } from '../../server/src/app/create-app.ts';
import { migrate, readMigrationFiles } from '../../server/src/store/migrations.ts';

/**
 * Upgrades keep data: a database made by the last release before go-live (migrations
 * 001–030, a closed day of 134 tickets with ratings, a complaint, a KPI adjustment — see
 * tests/fixtures/upgrade/make-fixture.ts) is upgraded to today's schema. Every row of every
 * old table keeps every old column's value, and the upgraded server serves that day.
 */
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'upgrade');
const manifest = JSON.parse(readFileSync(join(FIXTURE, 'manifest.json'), 'utf8')) as {
  businessDate: string;
  migrations: number[];
  rows: Record<string, number> & { tickets: number; ratings: number; staff_users: number };
};

type Row = Record<string, unknown>;

function tables(db: Database.Database): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[]
  ).map((t) => t.name);
}

function columns(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
}

/** Every row of the table, old columns only, in a stable order. */
function rowsOf(db: Database.Database, table: string, cols: string[]): Row[] {
  const list = cols.map((c) => `"${c}"`).join(', ');
  return db.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${list}`).all() as Row[];
}

let dataDir: string | null = null;
let app: LobbyApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = null;
});

function unpackFixture(): string {
  dataDir = mkdtempSync(join(tmpdir(), 'lobby-upgrade-'));
  writeFileSync(
    join(dataDir, 'lobby.sqlite3'),
    gunzipSync(readFileSync(join(FIXTURE, 'lobby-release-030.sqlite3.gz'))),
  );
  return join(dataDir, 'lobby.sqlite3');
}

describe('upgrading a database made by the last release', () => {
  it('applies every newer migration and keeps every old row and column value', () => {
    const file = unpackFixture();
    const before = new Database(file, { readonly: true });
    const oldTables = tables(before);
    expect(
      Object.fromEntries(
        oldTables.map((t) => [t, (before.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]),
      ),
    ).toEqual(manifest.rows);
    const snapshot = new Map(
      oldTables
        .filter((t) => t !== 'schema_migrations')
        .map((t) => {
          const cols = columns(before, t);
          return [t, { cols, rows: rowsOf(before, t, cols) }] as const;
        }),
    );
    before.close();

    const db = new Database(file);
    const applied = migrate(db);
    const known = readMigrationFiles().map((f) => f.version);
    expect(applied).toEqual(known.filter((v) => !manifest.migrations.includes(v)));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    for (const [table, { cols, rows }] of snapshot) {
      expect(tables(db), `table ${table} still exists`).toContain(table);
      const now = columns(db, table);
      expect(now, `columns of ${table}`).toEqual(expect.arrayContaining(cols));
      expect(rowsOf(db, table, cols), `rows of ${table}`).toEqual(rows);
    }
    db.close();
  });

  it('starts on the upgraded database and serves the old day: staff, report, complaint', async () => {
    unpackFixture();
    app = createApp({
      dataDir: dataDir!,
      clock: () => Date.parse('2026-11-25T10:00:00+08:00'),
      logger: pino({ level: 'silent' }),
      tickIntervalMs: 60_000,
    });
    await new Promise<void>((r) => app!.httpServer.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'admin123' }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as LoginResponse;
    const get = async <T>(path: string) => {
      const res = await fetch(`${url}/api${path}`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status, path).toBe(200);
      return ((await res.json()) as { data: T }).data;
    };
    const day = manifest.businessDate;
    const { report } = await get<{ report: BranchReport }>(`/reports?from=${day}&to=${day}`);
    expect(report.total.issued).toBe(manifest.rows.tickets);
    expect(report.total.ratings).toBe(manifest.rows.ratings);
    expect(report.total.served + report.total.noShow + report.total.cancelled + report.total.closedAtDayEnd).toBe(
      manifest.rows.tickets,
    );
    const complaints = await get<{ summary: string }[]>('/complaints');
    expect(complaints.map((c) => c.summary)).toEqual(['等候时间过长']);
    const staff = await get<{ username: string }[]>('/admin/staff');
    expect(staff).toHaveLength(manifest.rows.staff_users);
    // The new day starts on the upgraded database with the numbering restarted.
    expect(app.ctx.queue.current.businessDate).toBe('2026-11-25');
  });
});
