import type { LatencySummary } from '../common/latency-stats.ts';

/** What the P2 transition-load worker is given and posts back (shared with the main thread). */
export interface TransitionLoadSpec {
  url: string;
  kioskToken: string;
  /** Kiosks issuing at once: one alone cannot keep 7 counters busy, and P2 is the server's rate. */
  kiosks: number;
  tellers: { token: string; counterId: string }[];
  seconds: number;
  /** Paced at this many commands a second (open loop); closed loop when absent. */
  ratePerSec?: number;
}

export type TransitionLoadMessage =
  | {
      type: 'done';
      transitions: number;
      elapsedSec: number;
      issueRefusals: Record<string, number>;
      maxWaiting: number;
      perSecond: number[];
      /** Each transition command's emit (when it was due, paced) → ack as the clients saw it (their worker's event loop included). */
      roundTrip: LatencySummary;
    }
  | { type: 'error'; message: string };

/**
 * The personal lanes P2's kiosks issue into: the demo's A and five copies of it (C–G, in the
 * bench's branch only). A 60-s round end to end issues ~25,000 tickets on an idle machine and
 * a lane has at most 9,999 numbers a day, so one lane would run out a third of the way in.
 */
export const BENCH_PERSONAL_LANES = ['A', 'C', 'D', 'E', 'F', 'G'] as const;

/** The business type a bench personal lane's tickets are for (A's is the demo's cash). */
export const benchCashType = (laneId: string): string => (laneId === 'A' ? 'cash' : `cash-${laneId.toLowerCase()}`);

/**
 * What the kiosks issue, in turn: the personal lanes one after the other, and one business
 * ticket in seven, so that the two business-first counters keep up (a lane whose queue grows
 * for the whole round would measure a queue no branch has) and no lane's numbers end a
 * round early.
 */
export const BENCH_ISSUES: readonly { laneId: string; businessTypeId: string }[] = [
  ...BENCH_PERSONAL_LANES.slice(0, 3).map((laneId) => ({ laneId, businessTypeId: benchCashType(laneId) })),
  { laneId: 'B', businessTypeId: 'corp-cash' },
  ...BENCH_PERSONAL_LANES.slice(3).map((laneId) => ({ laneId, businessTypeId: benchCashType(laneId) })),
];
