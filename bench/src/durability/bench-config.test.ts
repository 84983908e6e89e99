import { BranchConfigSchema } from '@lobby/shared';
import { expect, it } from 'vitest';
import { benchConfig, MAX_ROUND_SEC } from './durable-transitions.ts';
import { BENCH_ISSUES } from './transition-load-spec.ts';
import { P2_WAITING } from './transition-loops.ts';

it("P2's branch has numbers for a whole round at twice the write path's rate on an idle machine", () => {
  const config = benchConfig();
  expect(BranchConfigSchema.safeParse(config).success).toBe(true);
  // Recorded idle: 2,615 transitions/s (docs/bench.md), 4 per ticket. Twice that, for faster machines.
  const ticketsPerSec = (2 * 2615) / 4;
  for (const laneId of new Set(BENCH_ISSUES.map((i) => i.laneId))) {
    const share = BENCH_ISSUES.filter((i) => i.laneId === laneId).length / BENCH_ISSUES.length;
    const lane = config.lanes.find((l) => l.id === laneId)!;
    const needed = ticketsPerSec * share * MAX_ROUND_SEC + P2_WAITING;
    expect(Math.min(lane.dailyCap, lane.rangeEnd - lane.rangeStart + 1), laneId).toBeGreaterThan(needed);
  }
});
