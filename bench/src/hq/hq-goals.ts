/**
 * The head-office goals of docs/performance.md (issue 18 item 5) as verdicts, so every H row
 * with a goal says PASS or FAIL. H2 is judged the sceptic's way: every fact sent must have
 * been acked (a fact never acked has no lag to leave out of the p99), and an empty run passes
 * nothing.
 */
export const H1_GOAL_PER_SEC = 20_000;
export const H2_GOAL_P99_MS = 2_000;
export const H3_GOAL_MS = 1_000;

/** The goal column of each H row. */
export const HQ_GOALS = { H1: '≥ 20,000 events/s', H2: 'p99 ≤ 2 s, all acked', H3: '≤ 1 s' } as const;

export function ingestMeetsGoal(eventsPerSec: number): boolean {
  return Number.isFinite(eventsPerSec) && eventsPerSec >= H1_GOAL_PER_SEC;
}

export function lagMeetsGoal(lag: { n: number; p99: number }, unacked: number): boolean {
  return lag.n > 0 && unacked === 0 && Number.isFinite(lag.p99) && lag.p99 <= H2_GOAL_P99_MS;
}

export function monthReportMeetsGoal(maxMs: number): boolean {
  return Number.isFinite(maxMs) && maxMs <= H3_GOAL_MS;
}
