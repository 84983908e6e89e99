import { mix32, RandomStream } from '../../../server/src/engine/estimate/random.ts';

/**
 * Seeded random streams for the simulator (the engine's one RandomStream). Every
 * replication owns independent named streams derived from (seed, replication, stream), so a
 * policy run never shifts the draws of another: that is what makes common random numbers
 * across policies work.
 */
export { RandomStream };

export const STREAMS = { day: 1, arrivals: 2, customers: 3, oracle: 4, history: 5, bookings: 6 } as const;
export type StreamName = keyof typeof STREAMS;

export function streamFor(seed: number, replication: number, stream: StreamName): RandomStream {
  return new RandomStream(mix32(mix32(mix32(seed) ^ replication) ^ STREAMS[stream]));
}
