import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { HqBacklog, HqReplicationHead } from '@lobby/shared';
import { from as copyFrom } from 'pg-copy-streams';
import type { Pool, PoolClient } from '../db/pool.ts';
import { MEASURES, type TicketState } from '../rollups/measures.ts';
import type { EpochStart, KnownFact } from './chain.ts';
import type { LiveChanges } from './live-changes.ts';

/**
 * Every SQL statement of the ingest transaction. One transaction ingests the batches of
 * several branches (group commit), so each statement takes the rows of all of them at once:
 * the number of round trips per transaction does not grow with the number of branches.
 */
export interface LockedBranch extends HqReplicationHead {
  timeZone: string;
}

export interface EventRow {
  branchId: string;
  receivedAt: number;
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

/** Locks the branches' replication rows, in id order so two transactions never deadlock. */
export async function lockBranches(c: PoolClient, branchIds: string[]): Promise<Map<string, LockedBranch>> {
  const { rows } = await c.query<{
    branch_id: string;
    epoch: number;
    head_seq: number;
    head_hash: string;
    time_zone: string;
  }>(
    `SELECT r.branch_id, r.epoch, r.head_seq, r.head_hash::text, b.time_zone
       FROM branch_replication r JOIN branches b ON b.id = r.branch_id
      WHERE r.branch_id = ANY($1::text[]) ORDER BY r.branch_id FOR UPDATE OF r`,
    [branchIds],
  );
  return new Map(
    rows.map((r) => [
      r.branch_id,
      { epoch: r.epoch, headSeq: r.head_seq, headHash: hexOf(r.head_hash), timeZone: r.time_zone },
    ]),
  );
}

/** The facts head office already holds among `wanted` (by branch and chain hash), per branch. */
export async function knownHashes(
  c: PoolClient,
  wanted: { branchId: string; hash: string }[],
): Promise<Map<string, Map<string, KnownFact>>> {
  const out = new Map<string, Map<string, KnownFact>>();
  if (wanted.length === 0) return out;
  const { rows } = await c.query<{ branch_id: string; hash: string; epoch: number; seq: number }>(
    `SELECT branch_id, hash::text, epoch, seq FROM events
      WHERE (branch_id, hash) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))`,
    [wanted.map((w) => w.branchId), wanted.map((w) => uuidOf(w.hash))],
  );
  for (const r of rows) {
    let known = out.get(r.branch_id);
    if (!known) out.set(r.branch_id, (known = new Map()));
    known.set(hexOf(r.hash), { epoch: r.epoch, seq: r.seq });
  }
  return out;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const NEEDS_ESCAPE_ALL = /[\\\t\n\r]/g;

/** One field of COPY's text format (JSON bodies have no raw tabs or newlines; backslashes double). */
function copyField(v: string | number | null): string {
  if (v === null) return '\\N';
  if (typeof v === 'number') return String(v);
  return NEEDS_ESCAPE.test(v) ? v.replace(NEEDS_ESCAPE_ALL, (ch) => COPY_ESCAPES[ch]!) : v;
}

/**
 * The facts, with COPY (inside the transaction): the fastest way into PostgreSQL, the same
 * path as the bench's raw baseline. The uuid column takes the hash's 32 hex digits as they are.
 */
export async function insertEvents(c: PoolClient, rows: EventRow[]): Promise<void> {
  if (rows.length === 0) return;
  const lines = rows.map(
    (r) =>
      [r.branchId, r.epoch, r.seq, r.hash, r.kind, r.type, r.at, r.businessDate, r.receivedAt, r.body]
        .map(copyField)
        .join('\t') + '\n',
  );
  await pipeline(
    Readable.from([lines.join('')]),
    c.query(
      copyFrom(
        'COPY events (branch_id, epoch, seq, hash, kind, type, at, business_date, received_at, body) FROM STDIN',
      ),
    ),
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

export interface BranchTicket extends TicketState {
  branchId: string;
}

export async function readTickets(
  c: PoolClient,
  keys: { branchId: string; businessDate: string; ticketId: string }[],
): Promise<BranchTicket[]> {
  if (keys.length === 0) return [];
  const { rows } = await c.query<TicketRow & { branch_id: string }>(
    `SELECT branch_id, ${TICKET_COLUMNS} FROM tickets
      WHERE (branch_id, business_date, ticket_id) IN (SELECT * FROM unnest($1::text[], $2::date[], $3::text[]))`,
    [keys.map((k) => k.branchId), keys.map((k) => k.businessDate), keys.map((k) => k.ticketId)],
  );
  return rows.map((r) => ({ branchId: r.branch_id, ...ticketFromRow(r) }));
}

export async function upsertTickets(c: PoolClient, states: BranchTicket[]): Promise<void> {
  if (states.length === 0) return;
  const col = <K extends keyof BranchTicket>(k: K) => states.map((s) => s[k]);
  await c.query(
    `INSERT INTO tickets (branch_id, ${TICKET_COLUMNS})
     SELECT * FROM unnest($1::text[], $2::date[], $3::text[], $4::smallint[], $5::text[], $6::text[], $7::text[], $8::text[],
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
      col('branchId'),
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
  const params = ['text', ...groups.map(([, type]) => type), ...MEASURES.map(() => 'bigint')].map(
    (type, i) => `$${i + 1}::${type}[]`,
  );
  const names = [...groups.map(([name]) => name), ...MEASURES];
  sql = `INSERT INTO ${table} (branch_id, ${names.join(', ')})
    SELECT * FROM unnest(${params.join(', ')})
    ON CONFLICT (branch_id, ${groups.map(([n]) => n).join(', ')}) DO UPDATE SET
    ${MEASURES.map((m) => `${m} = ${table}.${m} + EXCLUDED.${m}`).join(', ')}`;
  upsertSql.set(table, sql);
  return sql;
}

/**
 * Adds deltas to a rollup, one statement for every branch of the transaction: `rows` are
 * [branch id, group key joined by '|', measure vector], already summed per key in memory.
 */
export async function addToRollup(
  c: PoolClient,
  table: RollupTable,
  rows: [string, string, number[]][],
): Promise<void> {
  if (rows.length === 0) return;
  const groups = ROLLUPS[table];
  const keys = rows.map(([, k]) => k.split('|'));
  const groupCols = groups.map((_, i) => keys.map((k) => k[i]));
  const measureCols = MEASURES.map((_, i) => rows.map(([, , v]) => v[i]));
  await c.query(rollupUpsertSql(table), [rows.map(([b]) => b), ...groupCols, ...measureCols]);
}

export interface BranchLive {
  branchId: string;
  live: LiveChanges;
}

export async function writeLive(c: PoolClient, changes: BranchLive[]): Promise<void> {
  // Lanes: each batch that carries a lane snapshot replaces its branch's lanes.
  const snapshots = changes.filter((x) => x.live.lanes !== null);
  if (snapshots.length > 0) {
    const l = snapshots.flatMap(({ branchId, live }) =>
      live.lanes!.lanes.map((lane) => ({ branchId, lane, at: live.lanes!.at })),
    );
    await c.query(
      `WITH fresh AS (
         SELECT * FROM unnest($2::text[], $3::text[], $4::int[], $5::bigint[], $6::bool[], $7::real[], $8::real[], $9::int[], $10::bigint[])
           AS x(branch_id, lane_id, waiting, longest_wait_ms, paused, estimate_low, estimate_high, issued_today, as_of)
       ), gone AS (
         DELETE FROM branch_lanes l WHERE l.branch_id = ANY($1::text[])
           AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.branch_id = l.branch_id AND f.lane_id = l.lane_id)
       )
       INSERT INTO branch_lanes (branch_id, lane_id, waiting, longest_wait_ms, paused, estimate_low, estimate_high, issued_today, as_of)
       SELECT * FROM fresh
       ON CONFLICT (branch_id, lane_id) DO UPDATE SET waiting = EXCLUDED.waiting,
         longest_wait_ms = EXCLUDED.longest_wait_ms, paused = EXCLUDED.paused, estimate_low = EXCLUDED.estimate_low,
         estimate_high = EXCLUDED.estimate_high, issued_today = EXCLUDED.issued_today, as_of = EXCLUDED.as_of`,
      [
        snapshots.map((x) => x.branchId),
        l.map((x) => x.branchId),
        l.map((x) => x.lane.laneId),
        l.map((x) => x.lane.waiting),
        l.map((x) => x.lane.longestWaitMs),
        l.map((x) => x.lane.paused),
        l.map((x) => x.lane.estimateLowMin),
        l.map((x) => x.lane.estimateHighMin),
        l.map((x) => x.lane.issuedToday),
        l.map((x) => x.at),
      ],
    );
  }
  const ks = changes.flatMap(({ branchId, live }) => [...live.counters.values()].map((k) => ({ branchId, ...k })));
  if (ks.length > 0) {
    const col = <T>(f: (x: (typeof ks)[number]) => T) => ks.map(f);
    // lane_ids travel as JSON (an array of arrays is not a Postgres text[] parameter).
    await c.query(
      `INSERT INTO branch_counters (branch_id, counter_id, number, status, pause_reason, online, teller_no, lane_ids, current_number, idle_since, as_of)
       SELECT b, id, num, st, pr, onl, tn, ARRAY(SELECT jsonb_array_elements_text(li)), cn, idle, a
         FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::bool[], $7::text[], $8::jsonb[], $9::text[], $10::bigint[], $11::bigint[])
           AS x(b, id, num, st, pr, onl, tn, li, cn, idle, a)
       ON CONFLICT (branch_id, counter_id) DO UPDATE SET number = EXCLUDED.number, status = EXCLUDED.status,
         pause_reason = EXCLUDED.pause_reason, online = EXCLUDED.online, teller_no = EXCLUDED.teller_no,
         lane_ids = EXCLUDED.lane_ids, current_number = EXCLUDED.current_number, idle_since = EXCLUDED.idle_since,
         as_of = EXCLUDED.as_of`,
      [
        col((x) => x.branchId),
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
  // Alerts, complaints and profiles are rare (a few a day): one statement each.
  for (const { branchId, live } of changes) await writeRareChanges(c, branchId, live);
}

async function writeRareChanges(c: PoolClient, branchId: string, live: LiveChanges): Promise<void> {
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

/** Moves every branch's head on, one statement for all. */
export async function updateHeads(c: PoolClient, updates: (HeadUpdate & { branchId: string })[]): Promise<void> {
  if (updates.length === 0) return;
  const col = <T>(f: (u: (typeof updates)[number]) => T) => updates.map(f);
  await c.query(
    `UPDATE branch_replication r SET epoch = u.epoch, head_seq = u.head_seq, head_hash = u.head_hash,
       last_heard_at = u.heard_at, last_fact_at = GREATEST(r.last_fact_at, u.last_fact_at),
       lag_ms = COALESCE(u.lag_ms, r.lag_ms), backlog = u.backlog,
       facts_total = r.facts_total + u.accepted, duplicates_total = r.duplicates_total + u.duplicates,
       business_date = COALESCE(u.business_date, r.business_date), emergency = COALESCE(u.emergency, r.emergency),
       clock_skew_ms = u.clock_skew_ms
     FROM unnest($1::text[], $2::int[], $3::bigint[], $4::uuid[], $5::bigint[], $6::bigint[], $7::bigint[], $8::jsonb[],
       $9::bigint[], $10::bigint[], $11::date[], $12::bool[], $13::bigint[])
       AS u(branch_id, epoch, head_seq, head_hash, heard_at, last_fact_at, lag_ms, backlog, accepted, duplicates,
         business_date, emergency, clock_skew_ms)
     WHERE r.branch_id = u.branch_id`,
    [
      col((u) => u.branchId),
      col((u) => u.head.epoch),
      col((u) => u.head.headSeq),
      col((u) => uuidOf(u.head.headHash)),
      col((u) => u.heardAt),
      col((u) => u.lastFactAt),
      col((u) => u.lagMs),
      col((u) => JSON.stringify(u.backlog)),
      col((u) => u.accepted),
      col((u) => u.duplicates),
      col((u) => u.businessDate),
      col((u) => u.emergency),
      col((u) => u.clockSkewMs),
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
