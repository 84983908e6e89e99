import type { HqReportGroup } from '@lobby/shared';
import type { Pool } from '../db/pool.ts';
import { MEASURES } from '../rollups/measures.ts';
import type { ComplaintCounts } from './figures.ts';

/**
 * The report queries. They read rollup_day (branch × lane × business type × day) and the
 * complaint states, never the raw events: a month over 1,000 branches is some 450,000 rollup
 * rows, summed by PostgreSQL.
 */
export interface Selection {
  from: string;
  to: string;
  regions: string[] | null;
  branches: string[] | null;
}

const GROUP_EXPR: Record<HqReportGroup, string> = {
  branch: 'd.branch_id',
  region: 'b.region_id',
  lane: 'd.lane_id',
  businessType: 'd.business_type_id',
  day: 'd.business_date::text',
};

const SUMS = MEASURES.map((m) => `sum(d.${m})::bigint AS ${m}`).join(', ');

export class ReportStore {
  private readonly pool: Pool;

  constructor(pool: Pool) {
    this.pool = pool;
  }

  async sums(sel: Selection, group: HqReportGroup): Promise<Map<string, number[]>> {
    const join = sel.regions || group === 'region' ? 'JOIN branches b ON b.id = d.branch_id' : '';
    const { rows } = await this.pool.query<Record<string, number | string>>(
      `SELECT ${GROUP_EXPR[group]} AS key, ${SUMS}
         FROM rollup_day d ${join}
        WHERE d.business_date BETWEEN $1::date AND $2::date
          ${sel.regions ? 'AND b.region_id = ANY($3::text[])' : ''}
          ${sel.branches ? `AND d.branch_id = ANY($${sel.regions ? 4 : 3}::text[])` : ''}
        GROUP BY 1`,
      [sel.from, sel.to, ...(sel.regions ? [sel.regions] : []), ...(sel.branches ? [sel.branches] : [])],
    );
    return new Map(rows.map((r) => [String(r.key), MEASURES.map((m) => Number(r[m]))]));
  }

  /**
   * Complaints received in the range, per branch / region / day (they have no lane). On time:
   * first response and handling each done by its due date (branch-local dates). Overdue: a due
   * date passed with the step not done. Decided: both steps done, or overdue.
   */
  async complaints(sel: Selection, group: HqReportGroup, today: string): Promise<Map<string, ComplaintCounts>> {
    if (group === 'lane' || group === 'businessType') return new Map();
    const key = group === 'branch' ? 'c.branch_id' : group === 'region' ? 'b.region_id' : 'c.received_date::text';
    const { rows } = await this.pool.query<{
      key: string;
      n: number;
      decided: number;
      on_time: number;
      overdue: number;
    }>(
      `WITH c AS (
         SELECT c.*, b.region_id,
                (to_timestamp(c.responded_at / 1000.0) AT TIME ZONE b.time_zone)::date AS responded_on,
                (to_timestamp(c.resolved_at / 1000.0) AT TIME ZONE b.time_zone)::date AS resolved_on
           FROM complaints c JOIN branches b ON b.id = c.branch_id
          WHERE c.received_date BETWEEN $1::date AND $2::date
            AND ($3::text[] IS NULL OR b.region_id = ANY($3::text[]))
            AND ($4::text[] IS NULL OR c.branch_id = ANY($4::text[]))
       ), judged AS (
         SELECT ${key.replace('b.region_id', 'c.region_id')} AS key,
                (responded_on IS NULL AND $5::date > first_response_due) OR (resolved_on IS NULL AND $5::date > handling_due) AS overdue,
                responded_on IS NOT NULL AND resolved_on IS NOT NULL AS done,
                responded_on <= first_response_due AND resolved_on <= handling_due AS on_time
           FROM c
       )
       SELECT key, count(*)::int AS n, count(*) FILTER (WHERE done OR overdue)::int AS decided,
              count(*) FILTER (WHERE on_time)::int AS on_time, count(*) FILTER (WHERE overdue)::int AS overdue
         FROM judged GROUP BY key`,
      [sel.from, sel.to, sel.regions, sel.branches, today],
    );
    return new Map(
      rows.map((r) => [r.key, { complaints: r.n, decided: r.decided, onTime: r.on_time, overdue: r.overdue }]),
    );
  }

  /** Display names: branches and regions from their tables, lanes and business types from the branches' profiles. */
  async names(): Promise<ReportNames> {
    const b = await this.pool.query<{ id: string; name_zh: string; name_en: string; region_id: string }>(
      'SELECT id, name_zh, name_en, region_id FROM branches',
    );
    const r = await this.pool.query<{ id: string; name_zh: string; name_en: string }>(
      'SELECT id, name_zh, name_en FROM regions',
    );
    const named = async (path: 'lanes' | 'businessTypes') =>
      new Map(
        (
          await this.pool.query<{ id: string; name: { zh: string; en: string } }>(
            `SELECT DISTINCT ON (x->>'id') x->>'id' AS id, x->'name' AS name
               FROM branches, jsonb_array_elements(COALESCE(profile->'${path}', '[]'::jsonb)) x ORDER BY x->>'id'`,
          )
        ).rows.map((x) => [x.id, x.name] as const),
      );
    return {
      branches: new Map(b.rows.map((x) => [x.id, { zh: x.name_zh, en: x.name_en, regionId: x.region_id }])),
      regions: new Map(r.rows.map((x) => [x.id, { zh: x.name_zh, en: x.name_en }])),
      lanes: await named('lanes'),
      businessTypes: await named('businessTypes'),
    };
  }
}

export interface ReportNames {
  branches: Map<string, { zh: string; en: string; regionId: string }>;
  regions: Map<string, { zh: string; en: string }>;
  lanes: Map<string, { zh: string; en: string }>;
  businessTypes: Map<string, { zh: string; en: string }>;
}
