import { expect, test } from 'vitest';
import { ingestMeetsGoal, lagMeetsGoal, monthReportMeetsGoal } from './hq-goals.ts';

test('H1 passes at 20,000 events/s and above', () => {
  expect(ingestMeetsGoal(20_000)).toBe(true);
  expect(ingestMeetsGoal(19_999)).toBe(false);
  expect(ingestMeetsGoal(Number.NaN)).toBe(false);
});

test('H2 passes only with p99 ≤ 2 s AND every fact acked', () => {
  expect(lagMeetsGoal({ n: 39_450, p99: 1_484 }, 0)).toBe(true);
  expect(lagMeetsGoal({ n: 39_450, p99: 2_126 }, 0)).toBe(false);
  // A fast p99 over the facts that made it says nothing about those that never did.
  expect(lagMeetsGoal({ n: 159, p99: 900 }, 34_900)).toBe(false);
  expect(lagMeetsGoal({ n: 0, p99: Number.NaN }, 0)).toBe(false);
});

test('H3 passes at 1 s and below', () => {
  expect(monthReportMeetsGoal(1_000)).toBe(true);
  expect(monthReportMeetsGoal(1_146)).toBe(false);
});
