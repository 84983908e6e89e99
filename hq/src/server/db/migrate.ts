import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Pool } from './pool.ts';

/**
 * Numbered plain-SQL migrations for head office (`hq/migrations/NNN-name.sql`) with their own
 * ledger, the same rules as the branch: refuse a database newer than the code, an applied
 * file whose text changed, or a new file numbered below the highest applied one. Runs under
 * an advisory lock, so two head-office processes starting together migrate once.
 */
export const HQ_MIGRATIONS_DIR = resolve(import.meta.dirname, '..', '..', '..', 'migrations');

export class HqMigrationError extends Error {
  override name = 'HqMigrationError';
}

interface MigrationFile {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

const FILE_PATTERN = /^(\d{3})-([a-z0-9-]+)\.sql$/;
const LOCK_KEY = 7_318_001;

export function readHqMigrations(dir = HQ_MIGRATIONS_DIR): MigrationFile[] {
  const files: MigrationFile[] = [];
  for (const file of readdirSync(dir).sort()) {
    const m = FILE_PATTERN.exec(file);
    if (!m) {
      if (file.endsWith('.sql')) throw new HqMigrationError(`Migration file name must be NNN-name.sql: ${file}`);
      continue;
    }
    const sql = readFileSync(join(dir, file), 'utf8');
    files.push({ version: Number(m[1]), name: m[2]!, sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  if (new Set(files.map((f) => f.version)).size !== files.length)
    throw new HqMigrationError('Two migration files share a version');
  return files;
}

export async function migrateHq(pool: Pool, files = readHqMigrations(), now = Date.now()): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS hq_schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at bigint NOT NULL)`);
    const { rows } = await client.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM hq_schema_migrations ORDER BY version',
    );
    const byVersion = new Map(files.map((f) => [f.version, f]));
    for (const row of rows) {
      const file = byVersion.get(row.version);
      if (!file)
        throw new HqMigrationError(
          `Database has head-office migration ${row.version} (${row.name}) that this code does not know: upgrade head office.`,
        );
      if (file.checksum !== row.checksum)
        throw new HqMigrationError(`Migration ${row.version} (${row.name}) was changed after it was applied.`);
    }
    const highest = rows.at(-1)?.version ?? 0;
    const applied = new Set(rows.map((r) => r.version));
    const pending = files.filter((f) => !applied.has(f.version));
    const outOfOrder = pending.find((f) => f.version < highest);
    if (outOfOrder)
      throw new HqMigrationError(
        `Migration ${outOfOrder.version} (${outOfOrder.name}) is numbered below the highest applied ${highest}.`,
      );
    for (const f of pending) {
      await client.query('BEGIN');
      try {
        await client.query(f.sql);
        await client.query('INSERT INTO hq_schema_migrations VALUES ($1, $2, $3, $4)', [
          f.version,
          f.name,
          f.checksum,
          now,
        ]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
    return pending.map((f) => f.version);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}
