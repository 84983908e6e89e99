import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describePg, type TestDatabase } from '../testing/test-database.ts';
import { migrateHq, readHqMigrations } from './migrate.ts';
import { COUNT_MEASURES, HIST_MEASURES } from '../rollups/measures.ts';

describePg('head-office migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ fromMonth: '2026-11-01', months: 2 });
  });
  afterAll(() => db.drop());

  it('applies every file once and records it in the ledger', async () => {
    const { rows } = await db.pool.query<{ version: number }>('SELECT version FROM hq_schema_migrations ORDER BY 1');
    expect(rows.map((r) => r.version)).toEqual(readHqMigrations().map((f) => f.version));
    expect(await migrateHq(db.pool)).toEqual([]);
  });

  it('refuses an applied migration whose text changed', async () => {
    const files = readHqMigrations().map((f, i) => (i === 0 ? { ...f, checksum: 'changed' } : f));
    await expect(migrateHq(db.pool, files)).rejects.toThrow(/changed after it was applied/);
  });

  it('refuses a database newer than the code', async () => {
    await expect(migrateHq(db.pool, readHqMigrations().slice(0, -1))).rejects.toThrow(/does not know/);
  });

  it('creates month partitions of every big table, and a row lands in its month', async () => {
    const { rows } = await db.pool.query<{ name: string }>(
      "SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'events' ORDER BY 1",
    );
    expect(rows.map((r) => r.name)).toEqual(['events_2026_11', 'events_2026_12']);
    await db.partitions.ensureDates(['2027-03-05']);
    const after = await db.pool.query("SELECT to_regclass('rollup_day_2027_03') IS NOT NULL AS ok");
    expect(after.rows[0].ok).toBe(true);
  });

  it('the rollup tables hold exactly the measures the code sums', async () => {
    for (const table of ['rollup_hour', 'rollup_day', 'rollup_teller_day']) {
      const { rows } = await db.pool.query<{ column_name: string }>(
        "SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND column_name NOT IN ('branch_id','business_date','hour','lane_id','business_type_id','teller_no') ORDER BY ordinal_position",
        [table],
      );
      expect(rows.map((r) => r.column_name)).toEqual([...COUNT_MEASURES, ...HIST_MEASURES]);
    }
  });
});
