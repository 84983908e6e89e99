import { describe, expect, it } from 'vitest';
import { classifySeq, drainBuffer } from './seq-gate.ts';

describe('classifySeq', () => {
  it('applies exactly the next seq, ignores replays and flags holes', () => {
    expect(classifySeq(5, 6)).toBe('apply');
    expect(classifySeq(5, 5)).toBe('duplicate');
    expect(classifySeq(5, 2)).toBe('duplicate');
    expect(classifySeq(5, 7)).toBe('gap');
  });
});

describe('drainBuffer', () => {
  const e = (seq: number) => ({ seq });

  it('replays buffered events in seq order, skipping those already applied', () => {
    expect(drainBuffer(3, [e(5), e(2), e(4), e(3)])).toEqual({ ready: [e(4), e(5)], gap: false });
  });

  it('stops at a hole and reports it so the client resyncs', () => {
    expect(drainBuffer(3, [e(4), e(6), e(7)])).toEqual({ ready: [e(4)], gap: true });
  });

  it('collapses duplicates of the same seq', () => {
    expect(drainBuffer(0, [e(1), e(1), e(2)])).toEqual({ ready: [e(1), e(2)], gap: false });
  });
});
