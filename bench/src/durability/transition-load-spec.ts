/** What the P2 transition-load worker is given and posts back (shared with the main thread). */
export interface TransitionLoadSpec {
  url: string;
  kioskToken: string;
  /** Kiosks issuing at once: one alone cannot keep 7 counters busy, and P2 is the server's rate. */
  kiosks: number;
  tellers: { token: string; counterId: string }[];
  seconds: number;
}

export type TransitionLoadMessage =
  | { type: 'done'; transitions: number; elapsedSec: number; issueRefusals: Record<string, number>; maxWaiting: number }
  | { type: 'error'; message: string };

/**
 * What the kiosks issue, in turn: mostly personal, one in four business, so that the two
 * business-first counters keep up (a lane whose queue grows for the whole round would
 * measure a queue no branch has) and neither lane's daily cap ends a round early.
 */
export const BENCH_ISSUES = [
  { laneId: 'A', businessTypeId: 'cash' },
  { laneId: 'A', businessTypeId: 'cash' },
  { laneId: 'B', businessTypeId: 'corp-cash' },
  { laneId: 'A', businessTypeId: 'cash' },
] as const;
