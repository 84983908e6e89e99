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

/**
 * A row's verdict: PASS or FAIL when it has a goal, null when it only reports. A goal that
 * came back without a verdict (`pass` absent) counts as FAIL: an unjudged goal is not met.
 */
export function verdictOf(row: BenchRow): 'PASS' | 'FAIL' | null {
  if (row.goal.trim() === '') return null;
  return row.pass === true ? 'PASS' : 'FAIL';
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

export function renderTable(rows: BenchRow[]): string {
  const header = ['#', 'measure', 'ours', 'baseline (same run)', 'ratio', 'goal'];
  const goal = (r: BenchRow) => {
    const v = verdictOf(r);
    return v === null ? r.goal : `${r.goal} ${v}${r.pass === undefined ? ' (no verdict)' : ''}`;
  };
  const cells = rows.map((r) => [r.id, r.measure, r.ours, r.baseline, formatRatio(r.ratio), goal(r)]);
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]!))));
  const line = (cols: string[]) => `| ${cols.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
