import type {
  HqAlertLive,
  HqBacklog,
  HqBranchDetail,
  HqBranchProfile,
  HqCounterLive,
  HqEpochView,
  HqGridRow,
  HqLaneLive,
} from '@lobby/shared';
import type { Pool } from '../db/pool.ts';

/** The live grid and one branch's drill-down, read from the live tables and today's day rollup. */
interface GridSqlRow {
  id: string;
  name_zh: string;
  name_en: string;
  region_id: string;
  profile: HqBranchProfile | null;
  business_date: string | null;
  last_heard_at: number | null;
  last_fact_at: number | null;
  lag_ms: number | null;
  backlog: HqBacklog | null;
  emergency: boolean;
  epoch: number;
  clock_skew_ms: number;
  incidents: number;
  waiting: number | null;
  longest: number | null;
  counters_open: number;
  counters_total: number;
  alerts: number;
  alert_kinds: string[] | null;
  issued: number | null;
  served: number | null;
  rated: number | null;
  att: number | null;
  eff: number | null;
}

const GRID_SQL = `
SELECT b.id, b.name_zh, b.name_en, b.region_id, b.profile, r.business_date, r.last_heard_at, r.last_fact_at,
       r.lag_ms, r.backlog, r.emergency, r.epoch, r.clock_skew_ms,
       (SELECT count(*) FROM branch_epochs e WHERE e.branch_id = b.id AND e.reason <> 'start')::int AS incidents,
       l.waiting, l.longest, k.counters_open, k.counters_total, a.alerts, a.alert_kinds,
       d.issued, d.served, d.rated, d.att, d.eff
  FROM branches b
  JOIN branch_replication r ON r.branch_id = b.id
  LEFT JOIN LATERAL (
    SELECT sum(waiting)::int AS waiting,
           max(CASE WHEN waiting > 0 THEN longest_wait_ms + greatest(0, $2::bigint - r.clock_skew_ms - as_of) ELSE 0 END) AS longest
      FROM branch_lanes WHERE branch_id = b.id) l ON true
  LEFT JOIN LATERAL (
    SELECT (count(*) FILTER (WHERE status = 'open'))::int AS counters_open, count(*)::int AS counters_total
      FROM branch_counters WHERE branch_id = b.id) k ON true
  LEFT JOIN LATERAL (
    SELECT count(*)::int AS alerts, array_agg(DISTINCT kind) AS alert_kinds FROM branch_alerts WHERE branch_id = b.id) a ON true
  LEFT JOIN LATERAL (
    SELECT sum(issued) AS issued, sum(served) AS served, sum(rated) AS rated, sum(attitude_sum) AS att,
           sum(efficiency_sum) AS eff
      FROM rollup_day WHERE branch_id = b.id AND business_date = r.business_date) d ON true
 WHERE ($1::text[] IS NULL OR b.id = ANY($1::text[]))
 ORDER BY b.region_id, b.id`;

function toRow(r: GridSqlRow): HqGridRow {
  const rated = r.rated ?? 0;
  return {
    branchId: r.id,
    name: { zh: r.name_zh, en: r.name_en },
    regionId: r.region_id,
    businessDate: r.business_date,
    waiting: r.waiting ?? 0,
    longestWaitMs: r.longest ?? 0,
    countersOpen: r.counters_open,
    countersTotal: r.counters_total,
    alerts: r.alerts,
    alertKinds: r.alert_kinds ?? [],
    issuedToday: r.issued ?? 0,
    servedToday: r.served ?? 0,
    satisfactionToday: rated > 0 ? Math.round((((r.att ?? 0) + (r.eff ?? 0)) / (2 * rated)) * 100) / 100 : null,
    lastHeardAt: r.last_heard_at,
    lastFactAt: r.last_fact_at,
    lagMs: r.lag_ms,
    backlog: r.backlog,
    emergency: r.emergency,
    epoch: r.epoch,
    incidents: r.incidents,
    catalogueVersion: r.profile?.catalogueVersion ?? null,
  };
}

export class GridStore {
  private readonly pool: Pool;

  constructor(pool: Pool) {
    this.pool = pool;
  }

  async rows(branchIds: string[] | null, now: number): Promise<HqGridRow[]> {
    const { rows } = await this.pool.query<GridSqlRow>(GRID_SQL, [branchIds, now]);
    return rows.map(toRow);
  }

  async detail(branchId: string, now: number): Promise<HqBranchDetail | null> {
    const [row] = await this.rows([branchId], now);
    if (!row) return null;
    const profile = (
      await this.pool.query<{ profile: HqBranchProfile | null }>('SELECT profile FROM branches WHERE id = $1', [
        branchId,
      ])
    ).rows[0]?.profile;
    const skew =
      (
        await this.pool.query<{ s: number }>('SELECT clock_skew_ms AS s FROM branch_replication WHERE branch_id = $1', [
          branchId,
        ])
      ).rows[0]?.s ?? 0;
    const laneInfo = new Map((profile?.lanes ?? []).map((l) => [l.id, l]));
    const counterInfo = new Map((profile?.counters ?? []).map((k) => [k.id, k]));
    const lanes = await this.pool.query<{
      lane_id: string;
      waiting: number;
      longest_wait_ms: number;
      paused: boolean;
      estimate_low: number | null;
      estimate_high: number | null;
      issued_today: number;
      as_of: number;
    }>('SELECT * FROM branch_lanes WHERE branch_id = $1 ORDER BY lane_id', [branchId]);
    const counters = await this.pool.query<{
      counter_id: string;
      number: number;
      status: string;
      pause_reason: string | null;
      online: boolean;
      teller_no: string | null;
      lane_ids: string[];
      current_number: string | null;
    }>('SELECT * FROM branch_counters WHERE branch_id = $1 ORDER BY number', [branchId]);
    const alerts = await this.pool.query<{
      alert_id: string;
      kind: string;
      lane_id: string | null;
      counter_id: string | null;
      raised_at: number;
      acknowledged: boolean;
    }>('SELECT * FROM branch_alerts WHERE branch_id = $1 ORDER BY raised_at', [branchId]);
    const epochs = await this.pool.query<{
      epoch: number;
      reason: HqEpochView['reason'];
      started_at: number;
      fork_seq: number;
      previous_head: number;
    }>(
      'SELECT epoch, reason, started_at, fork_seq, previous_head FROM branch_epochs WHERE branch_id = $1 ORDER BY epoch',
      [branchId],
    );
    return {
      row,
      lanes: lanes.rows.map((l): HqLaneLive => ({
        laneId: l.lane_id,
        name: laneInfo.get(l.lane_id)?.name ?? null,
        waiting: l.waiting,
        longestWaitMs: l.waiting > 0 ? l.longest_wait_ms + Math.max(0, now - skew - l.as_of) : 0,
        paused: l.paused,
        estimateLowMin: l.estimate_low,
        estimateHighMin: l.estimate_high,
        issuedToday: l.issued_today,
        targetWaitMin: laneInfo.get(l.lane_id)?.targetWaitMin ?? null,
      })),
      counters: counters.rows.map((k): HqCounterLive => ({
        counterId: k.counter_id,
        number: k.number,
        name: counterInfo.get(k.counter_id)?.name ?? null,
        status: k.status,
        pauseReason: k.pause_reason,
        online: k.online,
        tellerNo: k.teller_no,
        laneIds: k.lane_ids,
        currentNumber: k.current_number,
      })),
      alerts: alerts.rows.map((a): HqAlertLive => ({
        alertId: a.alert_id,
        kind: a.kind,
        laneId: a.lane_id,
        counterId: a.counter_id,
        counterName: a.counter_id === null ? null : (counterInfo.get(a.counter_id)?.name ?? null),
        raisedAt: a.raised_at,
        acknowledged: a.acknowledged,
      })),
      epochs: epochs.rows.map((e) => ({
        epoch: e.epoch,
        reason: e.reason,
        startedAt: e.started_at,
        forkSeq: e.fork_seq,
        previousHead: e.previous_head,
      })),
    };
  }
}
