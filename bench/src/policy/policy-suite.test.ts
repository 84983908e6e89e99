import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from './bench-options.ts';
import { ERLANG_CASES, ESTIMATE_DAYS, runPolicySuite } from './policy-suite.ts';
import { recordText, withRecord } from './policy-record.ts';
import { renderReport } from './report-table.ts';

// A tiny run of the whole `bench:policy` (in-thread, two days per policy): proves it works
// end to end. It asserts what the report contains, never a timing or a goal's outcome.
describe('bench:policy end to end, tiny', () => {
  it('runs every section and renders every goal with PASS/FAIL, the tables, the estimate and its bound', async () => {
    const options = {
      ...parseBenchOptions([], { BENCH_QUICK: '1' }),
      reps: 2,
      agreementReps: 1,
      referenceReps: 50,
      estimateDays: 1,
      boundDays: 1,
      boundReplays: 2,
      boundEvery: 8,
      workers: 1,
      seed: 7,
    };
    const report = await runPolicySuite(options, () => undefined);
    expect(report.erlang).toHaveLength(ERLANG_CASES.length);
    expect(report.scenarios.length).toBeGreaterThanOrEqual(10);
    expect(report.estimates).toHaveLength(ESTIMATE_DAYS.length);
    expect(new Set(report.goals.map((g) => g.id))).toEqual(new Set(['P3', 'P4', 'P5', 'P6']));
    for (const e of report.estimates) expect(e.bound?.byLane.length).toBeGreaterThan(0);
    expect(report.cost?.waiting).toBe(300);
    expect(report.bookings?.booked.customersPerDay).toBeGreaterThan(0);
    expect(report.bookings?.walkIn.customersPerDay).toBeGreaterThan(0);
    expect(report.cost?.estimates).toBeGreaterThan(300);
    const text = renderReport(report);
    for (const g of report.goals) expect(text).toContain(`${g.pass ? 'PASS' : 'FAIL'} ${g.id}`);
    for (const s of report.scenarios) expect(text).toContain(s.name);
    for (const section of [
      'Goals (95 %',
      'Validation (a), P6',
      'Validation (b)',
      'single-pool FIFO',
      'Printed estimate, P5',
      'Appointments (issue 17)',
      'Honest bound',
      'cost per estimate, 300 waiting',
    ])
      expect(text).toContain(section);
  }, 600_000);

  it('keeps its last run between the markers of docs/policy.md and says when the sizes were reduced', () => {
    const ctx = { date: new Date('2026-12-02T07:00:00Z'), commit: 'abc1234', loadAtStart: [0.1], loadAtEnd: [2] };
    const small = recordText('REPORT ONE', parseBenchOptions(['--reps', '20'], {}), ctx);
    expect(small).toContain('REDUCED SIZE');
    const full = recordText('REPORT TWO', parseBenchOptions([], {}), ctx);
    expect(full).toContain('(full size)');
    const doc = withRecord('# Policy\n\nprose before\n', small);
    expect(doc).toContain('REPORT ONE');
    const again = withRecord(`${doc}\nprose after\n`, full);
    expect(again).toContain('REPORT TWO');
    expect(again).not.toContain('REPORT ONE');
    expect(again).toMatch(/prose before[\s\S]*REPORT TWO[\s\S]*prose after/);
  });

  it('parses its command line and refuses nonsense', () => {
    expect(parseBenchOptions(['--reps', '30', '--only', 'policy'], {})).toMatchObject({
      reps: 30,
      sections: ['policy'],
    });
    expect(() => parseBenchOptions(['--only', 'nope'], {})).toThrow(/unknown section/);
    expect(() => parseBenchOptions(['--reps', '0'], {})).toThrow(/positive integer/);
  });
});
