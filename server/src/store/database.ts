import Database from 'better-sqlite3';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type Db = Database.Database;

export const DATABASE_FILE = 'lobby.sqlite3';

/** DATA_DIR cannot hold the database: the message says what is wrong and what to do, in one line. */
export class DataDirError extends Error {
  override name = 'DataDirError';
}

/**
 * The branch database: ONE connection for the whole process (a pool is what gave other
 * projects SQLITE_BUSY). WAL + synchronous=FULL: a committed command survives a power cut.
 * Keep DATA_DIR on a local disk: WAL does not work on network file systems.
 * DATA_DIR is made 0700 and the database files 0600: they hold password hashes and the
 * VIP key, and no other account on the machine reads them.
 */
export function openDatabase(dataDir: string): Db {
  prepareDataDir(dataDir);
  const file = join(dataDir, DATABASE_FILE);
  let db: Db;
  try {
    db = new Database(file);
    keepPrivate(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // A read-only file system or file opens, then fails at the first write: find out now.
    db.exec('BEGIN IMMEDIATE; ROLLBACK');
  } catch (err) {
    throw new DataDirError(
      `the database ${file} cannot be opened for writing (${(err as Error).message}): check that the disk is not read-only or full and that this user owns the file`,
    );
  }
  for (const side of ['-wal', '-shm']) keepPrivate(file + side);
  return db;
}

function prepareDataDir(dataDir: string): void {
  if (existsSync(dataDir) && !statSync(dataDir).isDirectory())
    throw new DataDirError(`DATA_DIR ${dataDir} is a file, not a folder: point DATA_DIR at a folder`);
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new DataDirError(
      `DATA_DIR ${dataDir} cannot be created (${(err as NodeJS.ErrnoException).code}): create it for this user or point DATA_DIR elsewhere`,
    );
  }
  try {
    accessSync(dataDir, constants.W_OK | constants.R_OK | constants.X_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new DataDirError(
      code === 'EROFS'
        ? `DATA_DIR ${dataDir} is on a read-only file system: use a writable local disk`
        : `DATA_DIR ${dataDir} is not writable by this user (${code}): give this user the folder (chown) or point DATA_DIR elsewhere`,
    );
  }
  try {
    chmodSync(dataDir, 0o700);
  } catch {
    // A folder this user may write but does not own (a shared mount): leave its mode to its owner.
  }
}

/** 0600 for a database file that exists (SQLite gives -wal and -shm the main file's mode). */
export function keepPrivate(path: string): void {
  if (existsSync(path)) chmodSync(path, 0o600);
}
