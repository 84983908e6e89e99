import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from './bench-options.ts';
import { ERLANG_CASES, ESTIMATE_DAYS, runPolicySuite } from './policy-suite.ts';
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
    const text = renderReport(report);
    for (const g of report.goals) expect(text).toContain(`${g.pass ? 'PASS' : 'FAIL'} ${g.id}`);
    for (const s of report.scenarios) expect(text).toContain(s.name);
    for (const section of [
      'Goals (95 %',
      'Validation (a), P6',
      'Validation (b)',
      'single-pool FIFO',
      'Printed estimate, P5',
      'Honest bound',
    ])
      expect(text).toContain(section);
  }, 600_000);

  it('parses its command line and refuses nonsense', () => {
    expect(parseBenchOptions(['--reps', '30', '--only', 'policy'], {})).toMatchObject({
      reps: 30,
      sections: ['policy'],
    });
    expect(() => parseBenchOptions(['--only', 'nope'], {})).toThrow(/unknown section/);
    expect(() => parseBenchOptions(['--reps', '0'], {})).toThrow(/positive integer/);
  });
});
