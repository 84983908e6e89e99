import { expect, test } from 'vitest';
import { formatMs, formatRatio, renderTable, runVerdict } from './bench-table.ts';
import { summarize } from './latency-stats.ts';

test('renderTable aligns columns, CJK counted double width', () => {
  const out = renderTable([
    { id: 'P1', measure: '叫号 → 200', ours: '12 ms', baseline: '10 ms', ratio: 1.2, goal: '≤ 50 ms' },
    { id: 'P2', measure: 'commits', ours: '900/s', baseline: '1000/s', ratio: null, goal: '' },
  ]);
  const lines = out.split('\n');
  expect(lines).toHaveLength(4);
  expect(lines[2]).toContain('1.20×');
  expect(lines[3]).toContain('—');
  const widthOf = (s: string) => [...s].reduce((w, ch) => w + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
  expect(new Set(lines.map(widthOf)).size).toBe(1);
});

test('a row with a verdict says PASS or FAIL after its goal', () => {
  const out = renderTable([
    { id: 'P1', measure: 'a', ours: '12 ms', baseline: '', ratio: null, goal: '≤ 50 ms', pass: true },
    { id: 'P2', measure: 'b', ours: '7 ms', baseline: '', ratio: null, goal: '≤ 5 ms', pass: false },
    { id: 'P3', measure: 'c', ours: '1', baseline: '', ratio: null, goal: '' },
  ]);
  const [, , p1, p2, p3] = out.split('\n');
  expect(p1).toContain('≤ 50 ms PASS');
  expect(p2).toContain('≤ 5 ms FAIL');
  expect(p3).not.toMatch(/PASS|FAIL/);
});

test('formatting and summaries', () => {
  expect(formatMs(0.5)).toBe('0.50 ms');
  expect(formatMs(45000)).toBe('45000 ms');
  expect(formatRatio(12.3)).toBe('12×');
  expect(formatRatio(null)).toBe('—');
  const s = summarize(Array.from({ length: 101 }, (_, i) => i));
  expect(s).toMatchObject({ n: 101, p50: 50, max: 100 });
  expect(s.p99).toBeCloseTo(99, 5);
  expect(summarize([]).n).toBe(0);
});

test('a goal row without a PASS/FAIL verdict counts against the run', () => {
  const judged = { id: 'P1', measure: 'a', ours: '12 ms', baseline: '', ratio: null, goal: '≤ 50 ms', pass: true };
  const report = { id: 'P1', measure: 'b', ours: '3 ms', baseline: '', ratio: null, goal: '' };
  expect(runVerdict([judged, report])).toMatchObject({ ok: true, failed: 0, missed: 0, unjudged: 0 });

  const noVerdict = { id: 'H1', measure: 'ingest', ours: '11486/s', baseline: '', ratio: null, goal: '≥ 20,000/s' };
  const run = runVerdict([judged, report, noVerdict]);
  expect(run).toMatchObject({ ok: false, failed: 0, missed: 0, unjudged: 1 });
  expect(run.text).toContain('H1');
  expect(renderTable([noVerdict])).toContain('≥ 20,000/s NO VERDICT');

  const missed = runVerdict([{ ...judged, pass: false }]);
  expect(missed).toMatchObject({ ok: false, missed: 1, unjudged: 0 });
  const thrown = runVerdict([{ id: 'P2', measure: 'failed', ours: 'boom', baseline: '', ratio: null, goal: '' }]);
  expect(thrown).toMatchObject({ ok: false, failed: 1 });
});
