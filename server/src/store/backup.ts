/**
 * Online backups of the branch database with SQLite's backup API (better-sqlite3's
 * db.backup: pages copied in steps while the server keeps writing; the copy is one
 * consistent snapshot), checked before they count, and the restore that only takes a file
 * that is a sound database of a schema this release knows.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DATABASE_FILE, keepPrivate, type Db } from './database.ts';
import { readMigrationFiles, type MigrationFile } from './migrations.ts';

const BACKUP_NAME = /^lobby-(\d{8})-(\d{6})\.sqlite3$/;

export interface BackupFile {
  file: string;
  bytes: number;
  ms: number;
}

/** `lobby-YYYYMMDD-HHMMSS.sqlite3` (UTC) in `dir` (made 0700), the file 0600, integrity-checked. */
export async function backupDatabase(db: Db, dir: string, now = new Date()): Promise<BackupFile> {
  const started = performance.now();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const file = join(dir, `lobby-${stamp}.sqlite3`);
  const partial = join(dir, `.lobby-${stamp}.partial`);
  rmSync(partial, { force: true });
  try {
    await db.backup(partial);
    keepPrivate(partial);
    const check = checkDatabaseFile(partial);
    if (!check.ok) throw new Error(`the backup did not check out: ${check.problem}`);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return { file, bytes: statSync(file).size, ms: performance.now() - started };
}

/** Backups in `dir`, oldest first. */
export function listBackups(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => BACKUP_NAME.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Removes all but the newest `keep` backups; returns the files removed. */
export function pruneBackups(dir: string, keep: number): string[] {
  const all = listBackups(dir);
  const removed = all.slice(0, Math.max(0, all.length - keep));
  for (const f of removed) rmSync(f, { force: true });
  return removed;
}

export type DatabaseCheck = { ok: true; schemaVersion: number; tickets: number } | { ok: false; problem: string };

/**
 * A file a branch may run on: SQLite, integrity_check ok, and every applied migration one
 * this release has, with the same text (a newer release's database, or a foreign file, is refused).
 */
export function checkDatabaseFile(file: string, known: MigrationFile[] = readMigrationFiles()): DatabaseCheck {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    return { ok: false, problem: `cannot be opened (${(err as Error).message})` };
  }
  try {
    let integrity: string;
    try {
      integrity = (db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[])
        .map((r) => r.integrity_check)
        .join('; ');
    } catch (err) {
      return { ok: false, problem: `not a SQLite database (${(err as Error).message})` };
    }
    if (integrity !== 'ok') return { ok: false, problem: `integrity check failed: ${integrity.slice(0, 200)}` };
    const hasLedger = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
      .get();
    if (!hasLedger) return { ok: false, problem: 'not a branch database (no schema_migrations)' };
    const applied = db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all() as {
      version: number;
      name: string;
      checksum: string;
    }[];
    const byVersion = new Map(known.map((m) => [m.version, m]));
    for (const row of applied) {
      const mine = byVersion.get(row.version);
      if (!mine) return { ok: false, problem: `schema version ${row.version} (${row.name}) is from a newer release` };
      if (mine.checksum !== row.checksum)
        return { ok: false, problem: `schema version ${row.version} (${row.name}) differs from this release's` };
    }
    if (applied.length === 0) return { ok: false, problem: 'an empty branch database (no migrations applied)' };
    const tickets = (db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;
    return { ok: true, schemaVersion: applied[applied.length - 1]!.version, tickets };
  } finally {
    db.close();
  }
}

export class RestoreError extends Error {
  override name = 'RestoreError';
}

/**
 * Puts a checked backup in place of DATA_DIR's database. The server must be stopped (the
 * live database is opened exclusively first); the current database is kept beside it as
 * `lobby.sqlite3.before-restore-<time>`. Returns that file (null on an empty DATA_DIR).
 */
export function restoreDatabase(backup: string, dataDir: string, now = new Date()): { keptAs: string | null } {
  const check = checkDatabaseFile(backup);
  if (!check.ok) throw new RestoreError(`${basename(backup)} is not restored: ${check.problem}`);
  const live = join(dataDir, DATABASE_FILE);
  let keptAs: string | null = null;
  if (existsSync(live)) {
    let db: Db;
    try {
      db = new Database(live, { timeout: 0 });
      db.pragma('locking_mode = EXCLUSIVE');
      // Folds the WAL into the file, and fails while the server (another connection) has it open.
      db.exec('BEGIN EXCLUSIVE; COMMIT');
      db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (err) {
      throw new RestoreError(
        `the database in ${dataDir} is in use (${(err as Error).message}): stop the server, then restore again`,
      );
    }
    db.close();
    keptAs = `${live}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(live, keptAs);
    keepPrivate(keptAs);
    for (const side of ['-wal', '-shm']) rmSync(live + side, { force: true });
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const incoming = `${live}.restoring`;
  copyFileSync(backup, incoming);
  keepPrivate(incoming);
  renameSync(incoming, live);
  return { keptAs };
}
