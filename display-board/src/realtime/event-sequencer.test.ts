import { describe, expect, it } from 'vitest';
import type { PublicQueueEvent } from '@lobby/shared';
import { EventSequencer } from './event-sequencer.ts';

const ev = (seq: number): PublicQueueEvent => ({
  seq,
  type: 'ticket:issued',
  at: seq,
  businessDate: '2026-11-23',
  lanes: [],
  audience: 'public',
});

function harness() {
  const applied: [number, boolean][] = [];
  const syncs: number[] = [];
  const s = new EventSequencer({
    apply: (e, replayed) => applied.push([e.seq, replayed]),
    requestSync: (since) => syncs.push(since),
  });
  return { s, applied, syncs };
}

describe('EventSequencer', () => {
  it('holds live events during the first sync, then applies the ones after the snapshot', () => {
    const { s, applied, syncs } = harness();
    s.startSync();
    s.receiveLive(ev(11));
    s.receiveLive(ev(12));
    expect(applied).toEqual([]);
    s.syncedWithSnapshot(11);
    expect(syncs).toEqual([0]);
    expect(applied).toEqual([[12, false]]);
    expect(s.seq).toBe(12);
  });

  it('asks for the missing events on a gap and applies them in order', () => {
    const { s, applied, syncs } = harness();
    s.startSync();
    s.syncedWithSnapshot(5);
    s.receiveLive(ev(6));
    s.receiveLive(ev(9));
    expect(syncs).toEqual([0, 6]);
    s.receiveLive(ev(10));
    s.syncedWithEvents([ev(8), ev(7), ev(9)]);
    expect(applied).toEqual([
      [6, false],
      [7, true],
      [8, true],
      [9, true],
      [10, false],
    ]);
    expect(s.isSyncing).toBe(false);
  });

  it('ignores duplicates and asks again when the answer still leaves a hole', () => {
    const { s, applied, syncs } = harness();
    s.startSync();
    s.syncedWithSnapshot(1);
    s.receiveLive(ev(2));
    s.receiveLive(ev(2));
    s.receiveLive(ev(5));
    s.syncedWithEvents([ev(3)]);
    expect(syncs).toEqual([0, 2, 3]);
    s.syncedWithEvents([ev(4)]);
    expect(applied.map(([seq]) => seq)).toEqual([2, 3, 4, 5]);
  });
});
