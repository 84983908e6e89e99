import { expect, test } from 'vitest';
import { formatMs, formatRatio, renderTable, verdictOf } from './bench-table.ts';
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

test('a goal without a verdict counts as FAIL; a row without a goal has no verdict', () => {
  const row = { id: 'H1', measure: 'ingest', ours: '11486 events/s', baseline: '', ratio: null };
  expect(verdictOf({ ...row, goal: '≥ 20,000 events/s' })).toBe('FAIL');
  expect(verdictOf({ ...row, goal: '≥ 20,000 events/s', pass: true })).toBe('PASS');
  expect(verdictOf({ ...row, goal: '≥ 20,000 events/s', pass: false })).toBe('FAIL');
  expect(verdictOf({ ...row, goal: '' })).toBeNull();
  expect(renderTable([{ ...row, goal: '≥ 20,000 events/s' }])).toContain('≥ 20,000 events/s FAIL (no verdict)');
});
