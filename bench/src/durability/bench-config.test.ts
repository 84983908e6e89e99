import { BranchConfigSchema } from '@lobby/shared';
import { expect, it } from 'vitest';
import { benchConfig, MAX_ROUND_SEC, SUSTAINED_SEC } from './durable-transitions.ts';
import { BENCH_ISSUES } from './transition-load-spec.ts';
import { P2_WAITING } from './transition-loops.ts';

/** Recorded idle (docs/bench.md, 70baaf1): end to end 1,607 transitions/s, the write path 3,012; 4 a ticket. */
const RECORDED = { endToEnd: 1607, writePath: 3012 };

it("P2's branch has numbers for its rounds at twice the recorded rates, in every lane the kiosks issue into", () => {
  const config = benchConfig();
  expect(BranchConfigSchema.safeParse(config).success).toBe(true);
  for (const laneId of new Set(BENCH_ISSUES.map((i) => i.laneId))) {
    const share = BENCH_ISSUES.filter((i) => i.laneId === laneId).length / BENCH_ISSUES.length;
    const lane = config.lanes.find((l) => l.id === laneId)!;
    const numbers = Math.min(lane.dailyCap, lane.rangeEnd - lane.rangeStart + 1);
    // The sustained end-to-end round, and one write-path round.
    expect(numbers, laneId).toBeGreaterThan(((2 * RECORDED.endToEnd) / 4) * share * SUSTAINED_SEC + P2_WAITING);
    expect(numbers, laneId).toBeGreaterThan(((2 * RECORDED.writePath) / 4) * share * MAX_ROUND_SEC + P2_WAITING);
  }
});

it('every counter that serves lane A serves its bench copies too, and the copies are issued into', () => {
  const config = benchConfig();
  const issued = new Set(BENCH_ISSUES.map((i) => i.laneId));
  for (const k of config.counters.filter((c) => c.laneIds.includes('A')))
    for (const laneId of issued) if (laneId !== 'B') expect(k.laneIds, k.id).toContain(laneId);
  for (const i of BENCH_ISSUES)
    expect(config.businessTypes.find((b) => b.id === i.businessTypeId)?.laneId, i.businessTypeId).toBe(i.laneId);
});
