import { describe } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '../db/scratch-database.ts';

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

export type TestDatabase = ScratchDatabase;

export function createTestDatabase(opts: { fromMonth?: string; months?: number } = {}): Promise<TestDatabase> {
  return createScratchDatabase(DATABASE_URL, { prefix: 'hq_test', ...opts });
}
