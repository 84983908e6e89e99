import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { migrateHq } from '../db/migrate.ts';
import { PartitionKeeper } from '../db/partitions.ts';
import { createPool, type Pool } from '../db/pool.ts';

/**
 * Tests run against a real PostgreSQL (DATABASE_URL; `.ci/run` starts one). Each test file
 * gets its own throwaway database, created from DATABASE_URL's and dropped at the end.
 * Without DATABASE_URL the tests are skipped loudly, except in CI where that is a failure.
 */
export const DATABASE_URL = process.env.DATABASE_URL ?? '';

if (!DATABASE_URL) {
  const banner = '!! HEAD-OFFICE TESTS SKIPPED: DATABASE_URL is not set (see README: PostgreSQL for head office).';
  if (process.env.CI) throw new Error(banner);
  console.warn(`\n${'!'.repeat(banner.length)}\n${banner}\n${'!'.repeat(banner.length)}\n`);
}

export const describePg = DATABASE_URL ? describe : describe.skip;

export interface TestDatabase {
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

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh migrated database; `months` partitions from `fromMonth` are created ahead. */
export async function createTestDatabase(opts: { fromMonth?: string; months?: number } = {}): Promise<TestDatabase> {
  const name = `hq_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = databaseUrlFor(DATABASE_URL, name);
  const pool = createPool(url, 6);
  await migrateHq(pool);
  const partitions = new PartitionKeeper(pool);
  await partitions.ensure(opts.fromMonth ?? '2026-10-01', opts.months ?? 4);
  return {
    url,
    pool,
    partitions,
    async drop() {
      await pool.end();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
