import type { Pool } from '../../../hq/src/server/db/pool.ts';

/**
 * The cross-branch report by branch computed from raw events — each ticket's last fact,
 * its rating, then the figures with an exact p90 — the way a head office without rollups
 * would have to. The baseline of H3.
 */
export const RAW_REPORT_SQL = `
WITH last_ticket AS (
  SELECT DISTINCT ON (e.branch_id, tk->>'id') e.branch_id, tk
    FROM events e, json_array_elements(e.body->'tickets') tk
   WHERE e.kind = 'queue' AND e.business_date BETWEEN $1::date AND $2::date
   ORDER BY e.branch_id, tk->>'id', e.epoch DESC, e.seq DESC
), rating AS (
  SELECT branch_id, body->'rating'->>'ticketId' AS ticket_id,
         (body->'rating'->>'attitude')::int AS att, (body->'rating'->>'efficiency')::int AS eff
    FROM events WHERE kind = 'queue' AND type = 'rating:recorded' AND business_date BETWEEN $1::date AND $2::date
), t AS (
  SELECT l.branch_id, l.tk->>'outcome' AS outcome,
         ((l.tk->>'calledAt')::bigint - (l.tk->>'issuedAt')::bigint) AS wait_ms,
         (l.tk->>'targetWaitMin')::float * 60000 AS target_ms, r.att, r.eff
    FROM last_ticket l LEFT JOIN rating r ON r.branch_id = l.branch_id AND r.ticket_id = l.tk->>'id'
)
SELECT branch_id, count(*) AS issued,
       count(*) FILTER (WHERE outcome IN ('served', 'partially_served')) AS served,
       avg(wait_ms) / 60000 AS mean_wait_min,
       percentile_disc(0.9) WITHIN GROUP (ORDER BY wait_ms) / 60000.0 AS p90_wait_min,
       100.0 * count(*) FILTER (WHERE wait_ms <= target_ms) / NULLIF(count(wait_ms), 0) AS within_target_pct,
       100.0 * count(*) FILTER (WHERE outcome = 'no_show') / NULLIF(count(wait_ms), 0) AS no_show_pct,
       avg((att + eff) / 2.0) AS satisfaction
  FROM t GROUP BY branch_id`;

export async function rawReport(pool: Pool, from: string, to: string): Promise<{ rows: number; ms: number }> {
  const started = performance.now();
  const { rowCount } = await pool.query(RAW_REPORT_SQL, [from, to]);
  return { rows: rowCount ?? 0, ms: performance.now() - started };
}
