import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type Db = Database.Database;

/**
 * The branch database: ONE connection for the whole process (a pool is what gave other
 * projects SQLITE_BUSY). WAL + synchronous=FULL: a committed command survives a power cut.
 * Keep DATA_DIR on a local disk: WAL does not work on network file systems.
 */
export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'lobby.sqlite3'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}
