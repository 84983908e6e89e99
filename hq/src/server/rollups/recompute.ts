import { HqFactBodySchema } from '@lobby/shared';
import type { Pool } from '../db/pool.ts';
import { foldTickets, nonZero, type ParsedFact, type RollupDeltas } from '../ingest/fold.ts';
import { ROLLUPS, readTimeZone, type RollupTable } from '../ingest/ingest-store.ts';
import { MEASURES } from './measures.ts';

/**
 * The rollups of one branch recomputed from its raw events alone (in the order head office
 * applied them: epoch, then seq), and the stored rollups to compare them with. For the fault
 * tests and an audit after an incident; never on a report's path.
 */
export type RollupRows = Map<string, number[]>;

const PAGE = 5000;

export async function readRawFacts(pool: Pool, branchId: string): Promise<ParsedFact[]> {
  const facts: ParsedFact[] = [];
  let after = { epoch: 0, seq: 0 };
  for (;;) {
    const { rows } = await pool.query<{ epoch: number; seq: number; hash: string; body: unknown }>(
      `SELECT epoch, seq, hash::text, body FROM events WHERE branch_id = $1 AND (epoch, seq) > ($2, $3)
        ORDER BY epoch, seq LIMIT ${PAGE}`,
      [branchId, after.epoch, after.seq],
    );
    for (const r of rows)
      facts.push({
        epoch: r.epoch,
        seq: r.seq,
        hash: r.hash.replaceAll('-', ''),
        body: HqFactBodySchema.parse(r.body),
      });
    if (rows.length < PAGE) return facts;
    after = { epoch: rows.at(-1)!.epoch, seq: rows.at(-1)!.seq };
  }
}

export async function recomputeRollups(pool: Pool, branchId: string): Promise<Record<RollupTable, RollupRows>> {
  const timeZone = (await readTimeZone(pool, branchId)) ?? 'Asia/Shanghai';
  const { deltas } = foldTickets(await readRawFacts(pool, branchId), new Map(), timeZone);
  const rows = (d: RollupDeltas[keyof RollupDeltas]) => new Map(nonZero(d));
  return { rollup_hour: rows(deltas.hour), rollup_day: rows(deltas.day), rollup_teller_day: rows(deltas.teller) };
}

export async function storedRollups(pool: Pool, branchId: string): Promise<Record<RollupTable, RollupRows>> {
  const out = {} as Record<RollupTable, RollupRows>;
  for (const table of Object.keys(ROLLUPS) as RollupTable[]) {
    const groups = ROLLUPS[table].map(([name]) => name);
    const { rows } = await pool.query<Record<string, string | number>>(
      `SELECT ${[...groups, ...MEASURES].join(', ')} FROM ${table} WHERE branch_id = $1`,
      [branchId],
    );
    const map: RollupRows = new Map();
    for (const r of rows) {
      const v = MEASURES.map((m) => Number(r[m]));
      if (v.some((x) => x !== 0)) map.set(groups.map((g) => String(r[g])).join('|'), v);
    }
    out[table] = map;
  }
  return out;
}

/** Keys whose measures differ (missing on one side counts as all zero). */
export function rollupDifferences(a: RollupRows, b: RollupRows): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => (a.get(k) ?? []).join() !== (b.get(k) ?? []).join()).sort();
}
