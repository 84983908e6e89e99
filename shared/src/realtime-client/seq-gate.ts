/**
 * Every event carries the branch sequence and every client receives every seq, so the
 * next event must be exactly current + 1: anything lower was already applied (a replay
 * after resync), anything higher means events were missed.
 */
export type SeqDecision = 'apply' | 'duplicate' | 'gap';

export function classifySeq(current: number, incoming: number): SeqDecision {
  if (incoming <= current) return 'duplicate';
  return incoming === current + 1 ? 'apply' : 'gap';
}

/**
 * Applies buffered events that now follow on without a hole. Returns the events to apply
 * in order and whether a hole remains (which needs another resync).
 */
export function drainBuffer<E extends { seq: number }>(
  current: number,
  buffered: readonly E[],
): { ready: E[]; gap: boolean } {
  const sorted = [...buffered].sort((a, b) => a.seq - b.seq);
  const ready: E[] = [];
  let seq = current;
  for (const event of sorted) {
    const decision = classifySeq(seq, event.seq);
    if (decision === 'duplicate') continue;
    if (decision === 'gap') return { ready, gap: true };
    ready.push(event);
    seq = event.seq;
  }
  return { ready, gap: false };
}
