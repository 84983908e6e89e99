/**
 * Numbered plain-SQL migrations (`NNN-name.sql`) and a ledger. The server refuses to start
 * on a schema it cannot trust: a version the code does not know (DB newer than the code),
 * an applied file whose text changed, or a new file numbered below the highest applied
 * one (two branches of history merged out of order).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Db } from './database.ts';

export const MIGRATIONS_DIR = resolve(import.meta.dirname, '..', '..', 'migrations');

export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

const FILE_PATTERN = /^(\d{3})-([a-z0-9-]+)\.sql$/;

export function readMigrationFiles(dir = MIGRATIONS_DIR): MigrationFile[] {
  const files: MigrationFile[] = [];
  for (const file of readdirSync(dir).sort()) {
    const m = FILE_PATTERN.exec(file);
    if (!m) {
      if (file.endsWith('.sql')) throw new MigrationError(`Migration file name must be NNN-name.sql: ${file}`);
      continue;
    }
    const sql = readFileSync(join(dir, file), 'utf8');
    files.push({ version: Number(m[1]), name: m[2]!, sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  const seen = new Set<number>();
  for (const f of files) {
    if (seen.has(f.version)) throw new MigrationError(`Two migration files share version ${f.version}`);
    seen.add(f.version);
  }
  return files;
}

interface LedgerRow {
  version: number;
  name: string;
  checksum: string;
}

/** Applies pending migrations, each in its own transaction; returns the versions applied. */
export function migrate(db: Db, files: MigrationFile[] = readMigrationFiles(), now = Date.now()): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const applied = db
    .prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version')
    .all() as LedgerRow[];
  const byVersion = new Map(files.map((f) => [f.version, f]));
  for (const row of applied) {
    const file = byVersion.get(row.version);
    if (!file) {
      throw new MigrationError(
        `Database has migration ${row.version} (${row.name}) that this code does not know: the database is newer than the server. Upgrade the server.`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.version} (${row.name}) was changed after it was applied; add a new migration instead.`,
      );
    }
  }
  const highest = applied.length > 0 ? applied[applied.length - 1]!.version : 0;
  const appliedSet = new Set(applied.map((r) => r.version));
  const pending = files.filter((f) => !appliedSet.has(f.version));
  const outOfOrder = pending.find((f) => f.version < highest);
  if (outOfOrder) {
    throw new MigrationError(
      `Migration ${outOfOrder.version} (${outOfOrder.name}) is numbered below the highest applied migration ${highest}: out of order. Renumber it above ${highest}.`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
  for (const f of pending) {
    db.transaction(() => {
      db.exec(f.sql);
      record.run(f.version, f.name, f.checksum, now);
    }).immediate();
  }
  return pending.map((f) => f.version);
}
