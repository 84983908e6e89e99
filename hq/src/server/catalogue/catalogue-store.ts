import type { CatalogueAdoptionReport, CatalogueTemplate, CatalogueVersion } from '@lobby/shared';
import type { Pool } from '../db/pool.ts';

/** Published catalogue versions and every branch's decision on each. */
export interface AdoptionRow extends CatalogueAdoptionReport {
  branchId: string;
  reportedAt: number;
}

/** Every ack names the newest version: read at most this often (another head-office process may publish). */
const LATEST_TTL_MS = 2000;

export class CatalogueStore {
  private latest: { at: number; version: number | null } | null = null;

  private readonly pool: Pool;

  constructor(pool: Pool) {
    this.pool = pool;
  }

  async latestVersion(): Promise<number | null> {
    const now = Date.now();
    if (this.latest && now - this.latest.at < LATEST_TTL_MS) return this.latest.version;
    const { rows } = await this.pool.query<{ v: number | null }>('SELECT max(version) AS v FROM catalogue_versions');
    this.latest = { at: now, version: rows[0]?.v ?? null };
    return this.latest.version;
  }

  async version(version: number): Promise<CatalogueVersion | null> {
    const { rows } = await this.pool.query<{
      version: number;
      published_at: number;
      note: string;
      template: CatalogueTemplate;
    }>('SELECT version, published_at, note, template FROM catalogue_versions WHERE version = $1', [version]);
    const r = rows[0];
    return r ? { version: r.version, publishedAt: r.published_at, note: r.note, template: r.template } : null;
  }

  async versions(): Promise<(CatalogueVersion & { publishedBy: string })[]> {
    const { rows } = await this.pool.query<{
      version: number;
      published_at: number;
      published_by: string;
      note: string;
      template: CatalogueTemplate;
    }>('SELECT version, published_at, published_by, note, template FROM catalogue_versions ORDER BY version DESC');
    return rows.map((r) => ({
      version: r.version,
      publishedAt: r.published_at,
      publishedBy: r.published_by,
      note: r.note,
      template: r.template,
    }));
  }

  /** The next version number, taken under a lock so two publishers cannot collide. */
  async publish(template: CatalogueTemplate, note: string, by: string, now: number): Promise<number> {
    const { rows } = await this.pool.query<{ version: number }>(
      `INSERT INTO catalogue_versions (version, published_at, published_by, note, template)
       SELECT COALESCE(max(version), 0) + 1, $1, $2, $3, $4 FROM catalogue_versions
       RETURNING version`,
      [now, by, note, JSON.stringify(template)],
    );
    this.latest = null;
    return rows[0]!.version;
  }

  async recordAdoption(branchId: string, r: CatalogueAdoptionReport, now: number): Promise<boolean> {
    const res = await this.pool.query(
      `INSERT INTO catalogue_adoptions (branch_id, version, state, reason, issues, reported_at)
       SELECT $1, $2, $3, $4, $5, $6 WHERE EXISTS (SELECT 1 FROM catalogue_versions WHERE version = $2)
       ON CONFLICT (branch_id, version) DO UPDATE SET state = EXCLUDED.state, reason = EXCLUDED.reason,
         issues = EXCLUDED.issues, reported_at = EXCLUDED.reported_at`,
      [branchId, r.version, r.state, r.reason, JSON.stringify(r.issues), now],
    );
    return res.rowCount === 1;
  }

  async adoptions(version: number): Promise<AdoptionRow[]> {
    const { rows } = await this.pool.query<{
      branch_id: string;
      version: number;
      state: AdoptionRow['state'];
      reason: string | null;
      issues: AdoptionRow['issues'];
      reported_at: number;
    }>(
      'SELECT branch_id, version, state, reason, issues, reported_at FROM catalogue_adoptions WHERE version = $1 ORDER BY branch_id',
      [version],
    );
    return rows.map((r) => ({
      branchId: r.branch_id,
      version: r.version,
      state: r.state,
      reason: r.reason,
      issues: r.issues,
      reportedAt: r.reported_at,
    }));
  }
}
