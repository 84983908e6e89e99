import type { Pool, PoolClient } from './pool.ts';

/**
 * Month partitions of the big tables, created ahead: at start-up and every day for the
 * previous month through three months ahead, and on demand when a batch brings a business
 * date outside that window (a branch that was offline for months, or a clock set wrong).
 */
export const PARTITIONED_TABLES = ['events', 'tickets', 'rollup_hour', 'rollup_day', 'rollup_teller_day'] as const;

export function monthOf(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 10);
}

export class PartitionKeeper {
  private readonly known = new Set<string>();

  private readonly pool: Pool;

  constructor(pool: Pool) {
    this.pool = pool;
  }

  /** The months from `fromMonth`, `months` of them, for every partitioned table. */
  async ensure(fromMonth: string, months: number, client?: PoolClient): Promise<void> {
    const wanted = Array.from({ length: months }, (_, i) => addMonths(monthOf(fromMonth), i)).filter(
      (m) => !this.known.has(m),
    );
    if (wanted.length === 0) return;
    const run = async (c: Pool | PoolClient) => {
      for (const month of wanted) {
        for (const table of PARTITIONED_TABLES)
          await c.query('SELECT hq_ensure_month_partitions($1, $2::date, 1)', [table, month]);
      }
    };
    await run(client ?? this.pool);
    for (const m of wanted) this.known.add(m);
  }

  /** Every month a batch touches; only months not seen before cost a query. */
  async ensureDates(dates: Iterable<string>): Promise<void> {
    const months = new Set([...dates].map(monthOf));
    for (const m of months) if (!this.known.has(m)) await this.ensure(m, 1);
  }

  /** Start-up and daily: the previous month through three ahead. */
  async ensureAhead(today: string): Promise<void> {
    await this.ensure(addMonths(monthOf(today), -1), 5);
  }
}
