/**
 * The one table `npm run bench` prints: each row a measure of ours next to its baseline
 * measured in the same run, with the ratio (machines here are noisy: read ratios, not ms).
 */
export interface BenchRow {
  id: string;
  measure: string;
  ours: string;
  baseline: string;
  /** ours ÷ baseline, when both are numbers of the same unit. */
  ratio: number | null;
  goal: string;
  /** Whether ours meets the goal (absent: no goal, or one this row only reports). */
  pass?: boolean;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;
}

export function formatRatio(r: number | null): string {
  if (r === null || !Number.isFinite(r)) return '—';
  return r >= 10 ? `${r.toFixed(0)}×` : `${r.toFixed(2)}×`;
}

/** Display width: CJK and other wide characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

/** A row that states a goal but carries no PASS/FAIL: the goal went unjudged. */
function unjudged(r: BenchRow): boolean {
  return r.goal.trim() !== '' && r.pass === undefined;
}

export interface RunVerdict {
  /** Benches that threw (their `failed` rows). */
  failed: number;
  /** Rows whose goal is missed. */
  missed: number;
  /** Rows that state a goal without a verdict: they count against the run like a miss. */
  unjudged: number;
  /** Every bench ran and every goal in the table is judged and met: the run exits 0. */
  ok: boolean;
  text: string;
}

/** What the run comes to: a goal nobody judged is not a goal met, so it fails the run. */
export function runVerdict(rows: BenchRow[]): RunVerdict {
  const missed = rows.filter((r) => r.pass === false).length;
  // A thrown module and a failed measure inside the head-office child are both `failed` rows.
  const failed = rows.filter((r) => r.measure === 'failed').length;
  const noVerdict = rows.filter(unjudged);
  const ok = failed + missed + noVerdict.length === 0;
  const text = ok
    ? 'Every bench ran and every goal in the table is met.'
    : `${failed} bench(es) failed, ${missed} row(s) miss their goal and ${noVerdict.length} goal row(s) carry no ` +
      `PASS/FAIL verdict${noVerdict.length ? ` (${[...new Set(noVerdict.map((r) => r.id))].join(', ')})` : ''}.`;
  return { failed, missed, unjudged: noVerdict.length, ok, text };
}

export function renderTable(rows: BenchRow[]): string {
  const header = ['#', 'measure', 'ours', 'baseline (same run)', 'ratio', 'goal'];
  const goal = (r: BenchRow) =>
    r.pass === undefined ? (unjudged(r) ? `${r.goal} NO VERDICT` : r.goal) : `${r.goal} ${r.pass ? 'PASS' : 'FAIL'}`;
  const cells = rows.map((r) => [r.id, r.measure, r.ours, r.baseline, formatRatio(r.ratio), goal(r)]);
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]!))));
  const line = (cols: string[]) => `| ${cols.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
