import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateHq } from './migrate.ts';
import { PartitionKeeper } from './partitions.ts';
import { createPool, type Pool } from './pool.ts';

/**
 * A throwaway migrated head-office database next to DATABASE_URL's, for tests and benches:
 * created on demand, dropped at the end. `months` partitions from `fromMonth` are made ahead.
 */
export interface ScratchDatabase {
  name: string;
  url: string;
  pool: Pool;
  partitions: PartitionKeeper;
  drop(): Promise<void>;
}

export function databaseUrlFor(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

async function onServer<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(
  adminUrl: string,
  opts: { prefix?: string; fromMonth?: string; months?: number; poolSize?: number } = {},
): Promise<ScratchDatabase> {
  const name = `${opts.prefix ?? 'hq_scratch'}_${randomBytes(6).toString('hex')}`;
  await onServer(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = databaseUrlFor(adminUrl, name);
  const pool = createPool(url, opts.poolSize ?? 6);
  await migrateHq(pool);
  const partitions = new PartitionKeeper(pool);
  await partitions.ensure(opts.fromMonth ?? '2026-10-01', opts.months ?? 4);
  return {
    name,
    url,
    pool,
    partitions,
    async drop() {
      await pool.end();
      // An autovacuum worker may still be on it (after a bulk load): FORCE ends it, retried if it races.
      for (let attempt = 1; ; attempt++) {
        try {
          await onServer(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
          return;
        } catch (err) {
          if (attempt >= 5) throw err;
          await new Promise((r) => setTimeout(r, 500 * attempt));
        }
      }
    },
  };
}
