import type { HqBacklog, HqReplicationHead } from '@lobby/shared';
import type { Pool, PoolClient } from '../db/pool.ts';
import { MEASURES, type TicketState } from '../rollups/measures.ts';
import type { EpochStart, KnownFact } from './chain.ts';
import type { LiveChanges } from './live-changes.ts';

/** Every SQL statement of the ingest transaction. */
export interface LockedBranch extends HqReplicationHead {
  timeZone: string;
}

export interface EventRow {
  epoch: number;
  seq: number;
  hash: string;
  kind: string;
  type: string | null;
  at: number;
  businessDate: string;
  body: string;
}

const uuidOf = (hex: string) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
const hexOf = (uuid: string) => uuid.replaceAll('-', '');

export async function lockBranch(c: PoolClient, branchId: string): Promise<LockedBranch | null> {
  const { rows } = await c.query<{ epoch: number; head_seq: number; head_hash: string; time_zone: string }>(
    `SELECT r.epoch, r.head_seq, r.head_hash::text, b.time_zone
       FROM branch_replication r JOIN branches b ON b.id = r.branch_id
      WHERE r.branch_id = $1 FOR UPDATE OF r`,
    [branchId],
  );
  const r = rows[0];
  return r ? { epoch: r.epoch, headSeq: r.head_seq, headHash: hexOf(r.head_hash), timeZone: r.time_zone } : null;
}

export async function knownHashes(c: PoolClient, branchId: string, hashes: string[]): Promise<Map<string, KnownFact>> {
  const { rows } = await c.query<{ hash: string; epoch: number; seq: number }>(
    'SELECT hash::text, epoch, seq FROM events WHERE branch_id = $1 AND hash = ANY($2::uuid[])',
    [branchId, hashes.map(uuidOf)],
  );
  return new Map(rows.map((r) => [hexOf(r.hash), { epoch: r.epoch, seq: r.seq }]));
}

export async function insertEvents(
  c: PoolClient,
  branchId: string,
  rows: EventRow[],
  receivedAt: number,
): Promise<void> {
  if (rows.length === 0) return;
  await c.query(
    `INSERT INTO events (branch_id, epoch, seq, hash, kind, type, at, business_date, received_at, body)
     SELECT $1, e, s, h, k, t, a, d, $10, b::jsonb
       FROM unnest($2::int[], $3::bigint[], $4::uuid[], $5::text[], $6::text[], $7::bigint[], $8::date[], $9::text[])
         AS x(e, s, h, k, t, a, d, b)`,
    [
      branchId,
      rows.map((r) => r.epoch),
      rows.map((r) => r.seq),
      rows.map((r) => uuidOf(r.hash)),
      rows.map((r) => r.kind),
      rows.map((r) => r.type),
      rows.map((r) => r.at),
      rows.map((r) => r.businessDate),
      rows.map((r) => r.body),
      receivedAt,
    ],
  );
}

export async function insertEpochs(c: PoolClient, branchId: string, epochs: EpochStart[], at: number): Promise<void> {
  for (const e of epochs) {
    await c.query(
      'INSERT INTO branch_epochs (branch_id, epoch, reason, started_at, fork_seq, previous_head) VALUES ($1, $2, $3, $4, $5, $6)',
      [branchId, e.epoch, e.reason, at, e.forkSeq, e.previousHead],
    );
  }
}

const TICKET_COLUMNS = `business_date, ticket_id, hour, lane_id, business_type_id, number, status, outcome, issued_at,
  called_at, started_at, finished_at, counter_id, teller_no, transfers, target_wait_ms, target_service_ms, attitude, efficiency`;

interface TicketRow {
  business_date: string;
  ticket_id: string;
  hour: number;
  lane_id: string;
  business_type_id: string;
  number: string;
  status: string;
  outcome: string | null;
  issued_at: number;
  called_at: number | null;
  started_at: number | null;
  finished_at: number | null;
  counter_id: string | null;
  teller_no: string | null;
  transfers: number;
  target_wait_ms: number | null;
  target_service_ms: number | null;
  attitude: number | null;
  efficiency: number | null;
}

export function ticketFromRow(r: TicketRow): TicketState {
  return {
    ticketId: r.ticket_id,
    businessDate: r.business_date,
    hour: r.hour,
    laneId: r.lane_id,
    businessTypeId: r.business_type_id,
    number: r.number,
    status: r.status,
    outcome: r.outcome,
    issuedAt: r.issued_at,
    calledAt: r.called_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    counterId: r.counter_id,
    tellerNo: r.teller_no,
    transfers: r.transfers,
    targetWaitMs: r.target_wait_ms,
    targetServiceMs: r.target_service_ms,
    attitude: r.attitude,
    efficiency: r.efficiency,
  };
}

export async function readTickets(
  c: PoolClient,
  branchId: string,
  keys: { businessDate: string; ticketId: string }[],
): Promise<TicketState[]> {
  if (keys.length === 0) return [];
  const { rows } = await c.query<TicketRow>(
    `SELECT ${TICKET_COLUMNS} FROM tickets
      WHERE branch_id = $1 AND (business_date, ticket_id) IN (SELECT * FROM unnest($2::date[], $3::text[]))`,
    [branchId, keys.map((k) => k.businessDate), keys.map((k) => k.ticketId)],
  );
  return rows.map(ticketFromRow);
}

export async function upsertTickets(c: PoolClient, branchId: string, states: TicketState[]): Promise<void> {
  if (states.length === 0) return;
  const col = <K extends keyof TicketState>(k: K) => states.map((s) => s[k]);
  await c.query(
    `INSERT INTO tickets (branch_id, ${TICKET_COLUMNS})
     SELECT $1, * FROM unnest($2::date[], $3::text[], $4::smallint[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::text[], $10::bigint[], $11::bigint[], $12::bigint[], $13::bigint[], $14::text[], $15::text[], $16::int[],
       $17::bigint[], $18::bigint[], $19::smallint[], $20::smallint[])
     ON CONFLICT (branch_id, business_date, ticket_id) DO UPDATE SET
       hour = EXCLUDED.hour, lane_id = EXCLUDED.lane_id, business_type_id = EXCLUDED.business_type_id,
       number = EXCLUDED.number, status = EXCLUDED.status, outcome = EXCLUDED.outcome, issued_at = EXCLUDED.issued_at,
       called_at = EXCLUDED.called_at, started_at = EXCLUDED.started_at, finished_at = EXCLUDED.finished_at,
       counter_id = EXCLUDED.counter_id, teller_no = EXCLUDED.teller_no, transfers = EXCLUDED.transfers,
       target_wait_ms = EXCLUDED.target_wait_ms, target_service_ms = EXCLUDED.target_service_ms,
       attitude = EXCLUDED.attitude, efficiency = EXCLUDED.efficiency`,
    [
      branchId,
      col('businessDate'),
      col('ticketId'),
      col('hour'),
      col('laneId'),
      col('businessTypeId'),
      col('number'),
      col('status'),
      col('outcome'),
      col('issuedAt'),
      col('calledAt'),
      col('startedAt'),
      col('finishedAt'),
      col('counterId'),
      col('tellerNo'),
      col('transfers'),
      col('targetWaitMs'),
      col('targetServiceMs'),
      col('attitude'),
      col('efficiency'),
    ],
  );
}

/** The rollup tables: their group columns (after branch_id), in key order, and their types. */
export const ROLLUPS = {
  rollup_hour: [
    ['business_date', 'date'],
    ['hour', 'smallint'],
    ['lane_id', 'text'],
    ['business_type_id', 'text'],
  ],
  rollup_day: [
    ['business_date', 'date'],
    ['lane_id', 'text'],
    ['business_type_id', 'text'],
  ],
  rollup_teller_day: [
    ['business_date', 'date'],
    ['teller_no', 'text'],
  ],
} as const;
export type RollupTable = keyof typeof ROLLUPS;

const upsertSql = new Map<RollupTable, string>();
function rollupUpsertSql(table: RollupTable): string {
  let sql = upsertSql.get(table);
  if (sql) return sql;
  const groups = ROLLUPS[table];
  const params = [...groups.map(([, type]) => type), ...MEASURES.map(() => 'bigint')].map(
    (type, i) => `$${i + 2}::${type}[]`,
  );
  const names = [...groups.map(([name]) => name), ...MEASURES];
  sql = `INSERT INTO ${table} (branch_id, ${names.join(', ')})
    SELECT $1, * FROM unnest(${params.join(', ')})
    ON CONFLICT (branch_id, ${groups.map(([n]) => n).join(', ')}) DO UPDATE SET
    ${MEASURES.map((m) => `${m} = ${table}.${m} + EXCLUDED.${m}`).join(', ')}`;
  upsertSql.set(table, sql);
  return sql;
}

/** Adds deltas to a rollup; `rows` are [group key joined by '|', measure vector]. */
export async function addToRollup(
  c: PoolClient,
  table: RollupTable,
  branchId: string,
  rows: [string, number[]][],
): Promise<void> {
  if (rows.length === 0) return;
  const groups = ROLLUPS[table];
  const keys = rows.map(([k]) => k.split('|'));
  const groupCols = groups.map((_, i) => keys.map((k) => k[i]));
  const measureCols = MEASURES.map((_, i) => rows.map(([, v]) => v[i]));
  await c.query(rollupUpsertSql(table), [branchId, ...groupCols, ...measureCols]);
}

export async function writeLive(c: PoolClient, branchId: string, live: LiveChanges): Promise<void> {
  if (live.lanes) {
    const l = live.lanes.lanes;
    await c.query(
      `WITH fresh AS (
         SELECT * FROM unnest($2::text[], $3::int[], $4::bigint[], $5::bool[], $6::real[], $7::real[], $8::int[])
           AS x(lane_id, waiting, longest_wait_ms, paused, estimate_low, estimate_high, issued_today)
       ), gone AS (
         DELETE FROM branch_lanes WHERE branch_id = $1 AND lane_id <> ALL($2::text[])
       )
       INSERT INTO branch_lanes (branch_id, lane_id, waiting, longest_wait_ms, paused, estimate_low, estimate_high, issued_today, as_of)
       SELECT $1, fresh.*, $9 FROM fresh
       ON CONFLICT (branch_id, lane_id) DO UPDATE SET waiting = EXCLUDED.waiting,
         longest_wait_ms = EXCLUDED.longest_wait_ms, paused = EXCLUDED.paused, estimate_low = EXCLUDED.estimate_low,
         estimate_high = EXCLUDED.estimate_high, issued_today = EXCLUDED.issued_today, as_of = EXCLUDED.as_of`,
      [
        branchId,
        l.map((x) => x.laneId),
        l.map((x) => x.waiting),
        l.map((x) => x.longestWaitMs),
        l.map((x) => x.paused),
        l.map((x) => x.estimateLowMin),
        l.map((x) => x.estimateHighMin),
        l.map((x) => x.issuedToday),
        live.lanes.at,
      ],
    );
  }
  if (live.counters.size > 0) {
    const ks = [...live.counters.values()];
    const col = <T>(f: (x: (typeof ks)[number]) => T) => ks.map(f);
    // lane_ids travel as JSON (an array of arrays is not a Postgres text[] parameter).
    await c.query(
      `INSERT INTO branch_counters (branch_id, counter_id, number, status, pause_reason, online, teller_no, lane_ids, current_number, idle_since, as_of)
       SELECT $1, id, num, st, pr, onl, tn, ARRAY(SELECT jsonb_array_elements_text(li)), cn, idle, a
         FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::bool[], $7::text[], $8::jsonb[], $9::text[], $10::bigint[], $11::bigint[])
           AS x(id, num, st, pr, onl, tn, li, cn, idle, a)
       ON CONFLICT (branch_id, counter_id) DO UPDATE SET number = EXCLUDED.number, status = EXCLUDED.status,
         pause_reason = EXCLUDED.pause_reason, online = EXCLUDED.online, teller_no = EXCLUDED.teller_no,
         lane_ids = EXCLUDED.lane_ids, current_number = EXCLUDED.current_number, idle_since = EXCLUDED.idle_since,
         as_of = EXCLUDED.as_of`,
      [
        branchId,
        col((x) => x.counter.id),
        col((x) => x.counter.number),
        col((x) => x.counter.status),
        col((x) => x.counter.pauseReason),
        col((x) => x.counter.online),
        col((x) => x.counter.tellerNo),
        col((x) => JSON.stringify(x.counter.laneIds)),
        col((x) => x.counter.currentNumber),
        col((x) => x.counter.idleSince),
        col((x) => x.at),
      ],
    );
  }
  for (const a of live.alerts) {
    if (a.action === 'raised')
      await c.query(
        `INSERT INTO branch_alerts (branch_id, alert_id, kind, lane_id, counter_id, raised_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (branch_id, alert_id) DO NOTHING`,
        [branchId, a.id, a.kind, a.laneId, a.counterId, a.at],
      );
    else if (a.action === 'acknowledged')
      await c.query('UPDATE branch_alerts SET acknowledged = true WHERE branch_id = $1 AND alert_id = $2', [
        branchId,
        a.id,
      ]);
    else await c.query('DELETE FROM branch_alerts WHERE branch_id = $1 AND alert_id = $2', [branchId, a.id]);
  }
  for (const k of live.complaints.values()) {
    await c.query(
      `INSERT INTO complaints (branch_id, complaint_id, received_at, received_date, source, category, severity, status, teller_no,
         first_response_due, handling_due, written_result_due, responded_at, resolved_at, written_result_at, closed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (branch_id, complaint_id) DO UPDATE SET received_at = EXCLUDED.received_at,
         received_date = EXCLUDED.received_date, source = EXCLUDED.source, category = EXCLUDED.category,
         severity = EXCLUDED.severity, status = EXCLUDED.status, teller_no = EXCLUDED.teller_no,
         first_response_due = EXCLUDED.first_response_due, handling_due = EXCLUDED.handling_due,
         written_result_due = EXCLUDED.written_result_due, responded_at = EXCLUDED.responded_at,
         resolved_at = EXCLUDED.resolved_at, written_result_at = EXCLUDED.written_result_at, closed_at = EXCLUDED.closed_at`,
      [
        branchId,
        k.id,
        k.receivedAt,
        k.receivedDate,
        k.source,
        k.category,
        k.severity,
        k.status,
        k.tellerNo,
        k.firstResponseDue,
        k.handlingDue,
        k.writtenResultDue,
        k.respondedAt,
        k.resolvedAt,
        k.writtenResultAt,
        k.closedAt,
      ],
    );
  }
  if (live.profile) {
    await c.query('UPDATE branches SET profile = $2, time_zone = $3 WHERE id = $1', [
      branchId,
      JSON.stringify(live.profile),
      live.profile.timeZone,
    ]);
    // Counters removed from the branch's config leave the grid.
    await c.query('DELETE FROM branch_counters WHERE branch_id = $1 AND counter_id <> ALL($2::text[])', [
      branchId,
      live.profile.counters.map((k) => k.id),
    ]);
  }
}

export interface HeadUpdate {
  head: HqReplicationHead;
  clockSkewMs: number;
  heardAt: number;
  lastFactAt: number | null;
  lagMs: number | null;
  backlog: HqBacklog;
  accepted: number;
  duplicates: number;
  businessDate: string | null;
  emergency: boolean | null;
}

export async function updateHead(c: PoolClient, branchId: string, u: HeadUpdate): Promise<void> {
  await c.query(
    `UPDATE branch_replication SET epoch = $2, head_seq = $3, head_hash = $4::uuid, last_heard_at = $5,
       last_fact_at = GREATEST(last_fact_at, $6), lag_ms = COALESCE($7, lag_ms), backlog = $8,
       facts_total = facts_total + $9, duplicates_total = duplicates_total + $10,
       business_date = COALESCE($11, business_date), emergency = COALESCE($12, emergency), clock_skew_ms = $13
     WHERE branch_id = $1`,
    [
      branchId,
      u.head.epoch,
      u.head.headSeq,
      uuidOf(u.head.headHash),
      u.heardAt,
      u.lastFactAt,
      u.lagMs,
      JSON.stringify(u.backlog),
      u.accepted,
      u.duplicates,
      u.businessDate,
      u.emergency,
      u.clockSkewMs,
    ],
  );
}

export async function readHead(db: Pool | PoolClient, branchId: string): Promise<HqReplicationHead | null> {
  const { rows } = await db.query<{ epoch: number; head_seq: number; head_hash: string }>(
    'SELECT epoch, head_seq, head_hash::text FROM branch_replication WHERE branch_id = $1',
    [branchId],
  );
  const r = rows[0];
  return r ? { epoch: r.epoch, headSeq: r.head_seq, headHash: hexOf(r.head_hash) } : null;
}

export async function readTimeZone(db: Pool | PoolClient, branchId: string): Promise<string | null> {
  const { rows } = await db.query<{ time_zone: string }>('SELECT time_zone FROM branches WHERE id = $1', [branchId]);
  return rows[0]?.time_zone ?? null;
}

export async function touchBranch(
  db: Pool | PoolClient,
  branchId: string,
  at: number,
  backlog: HqBacklog,
): Promise<void> {
  await db.query('UPDATE branch_replication SET last_heard_at = $2, backlog = $3 WHERE branch_id = $1', [
    branchId,
    at,
    JSON.stringify(backlog),
  ]);
}
