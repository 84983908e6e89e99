import pg from 'pg';

/**
 * The head office's PostgreSQL pool. Types: bigint → number (ms timestamps and counters stay
 * far below 2^53), date → 'YYYY-MM-DD' text (a JS Date would shift it to the server's zone),
 * numeric → number. Per pool, not global, so nothing else in the process is affected.
 */
export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    if (oid === DATE) return (v: string) => v;
    return pg.types.getTypeParser(oid, format);
  },
};

export function createPool(connectionString: string, max = 10): Pool {
  return new pg.Pool({ connectionString, max, types: types as unknown as pg.CustomTypesConfig });
}

/** Runs fn in one transaction on one connection: COMMIT if it resolves, ROLLBACK if it throws. */
export async function inTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
