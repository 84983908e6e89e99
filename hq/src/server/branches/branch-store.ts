import { createHash, randomBytes } from 'node:crypto';
import type { Pool, PoolClient } from '../db/pool.ts';
import { inTransaction } from '../db/pool.ts';

/**
 * Regions and branches. A branch's replication key is 32 random bytes shown once at
 * registration (or rotation); head office keeps only its SHA-256.
 */
export interface Region {
  id: string;
  nameZh: string;
  nameEn: string;
}

export interface BranchRecord {
  id: string;
  regionId: string;
  nameZh: string;
  nameEn: string;
}

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

export function newBranchKey(branchId: string): string {
  return `lbk_${branchId}_${randomBytes(32).toString('base64url')}`;
}

/** How long a key found stays known without asking the database (rotation clears it at once here). */
const KEY_CACHE_MS = 30_000;

export class BranchStore {
  private readonly pool: Pool;
  /** Key hash → branch: every replication request authenticates, 1,000 branches every second. */
  private readonly keys = new Map<string, { branchId: string; until: number }>();

  constructor(pool: Pool) {
    this.pool = pool;
  }

  async upsertRegion(r: Region): Promise<void> {
    await this.pool.query(
      'INSERT INTO regions (id, name_zh, name_en) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en',
      [r.id, r.nameZh, r.nameEn],
    );
  }

  async regions(): Promise<Region[]> {
    const { rows } = await this.pool.query<{ id: string; name_zh: string; name_en: string }>(
      'SELECT id, name_zh, name_en FROM regions ORDER BY id',
    );
    return rows.map((r) => ({ id: r.id, nameZh: r.name_zh, nameEn: r.name_en }));
  }

  async regionExists(id: string): Promise<boolean> {
    return (await this.pool.query('SELECT 1 FROM regions WHERE id = $1', [id])).rowCount === 1;
  }

  async branchExists(id: string): Promise<boolean> {
    return (await this.pool.query('SELECT 1 FROM branches WHERE id = $1', [id])).rowCount === 1;
  }

  /** Registers a branch (epoch 1 of its chain) and returns its key, which is not stored. */
  async register(b: BranchRecord, now: number): Promise<string> {
    const key = newBranchKey(b.id);
    await inTransaction(this.pool, async (c: PoolClient) => {
      await c.query(
        'INSERT INTO branches (id, region_id, name_zh, name_en, key_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [b.id, b.regionId, b.nameZh, b.nameEn, hashKey(key), now],
      );
      await c.query('INSERT INTO branch_replication (branch_id) VALUES ($1)', [b.id]);
      await c.query(
        "INSERT INTO branch_epochs (branch_id, epoch, reason, started_at, fork_seq, previous_head) VALUES ($1, 1, 'start', $2, 0, 0)",
        [b.id, now],
      );
    });
    return key;
  }

  /** A new key for a branch (the old one stops working at once). */
  async rotateKey(branchId: string): Promise<string | null> {
    const key = newBranchKey(branchId);
    const res = await this.pool.query('UPDATE branches SET key_hash = $2 WHERE id = $1', [branchId, hashKey(key)]);
    for (const [hash, known] of this.keys) if (known.branchId === branchId) this.keys.delete(hash);
    return res.rowCount === 1 ? key : null;
  }

  async branchForKey(key: string, now: number = Date.now()): Promise<string | null> {
    const hash = hashKey(key);
    const known = this.keys.get(hash);
    if (known && known.until > now) return known.branchId;
    const { rows } = await this.pool.query<{ id: string }>('SELECT id FROM branches WHERE key_hash = $1', [hash]);
    const branchId = rows[0]?.id ?? null;
    if (branchId) this.keys.set(hash, { branchId, until: now + KEY_CACHE_MS });
    else this.keys.delete(hash);
    return branchId;
  }
}
