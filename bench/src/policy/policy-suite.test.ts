import { describe, expect, it } from 'vitest';
import { runPolicySuite } from './policy-suite.ts';
import { renderReport } from './report-table.ts';

// A tiny run of the whole `bench:policy` (in-thread, two days per policy): proves it works
// end to end. It asserts what the report contains, never a timing or a goal's outcome.
describe('bench:policy end to end, tiny', () => {
  it('runs every section and renders the table, the goals, the validation and the P5 oracle', async () => {
    const report = await runPolicySuite(
      {
        reps: 2,
        agreementReps: 2,
        referenceReps: 200,
        workers: 1,
        seed: 7,
        quick: true,
        oracleDays: 1,
        oracleReplays: 2,
      },
      () => undefined,
    );
    expect(report.scenarios).toHaveLength(6);
    expect(new Set(report.scenarios.flatMap((s) => s.goals.map((g) => g.id)))).toEqual(new Set(['P3', 'P4', 'P5']));
    expect(report.erlang).toHaveLength(3);
    expect(report.accuracy?.tickets).toBeGreaterThan(0);
    expect(report.oracle.tickets).toBeGreaterThan(0);
    const text = renderReport(report);
    for (const s of report.scenarios) expect(text).toContain(s.name);
    for (const section of [
      'Goals (our policy',
      'Validation (a), P6',
      'Validation (b)',
      'Estimator accuracy, P5',
      'P5 bound',
      'printed, by lane',
    ])
      expect(text).toContain(section);
  }, 300_000);
});
