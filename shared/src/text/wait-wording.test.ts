import { describe, expect, it } from 'vitest';
import { waitWording } from './wait-wording.ts';

describe('waitWording', () => {
  it('says when there is no estimate, and "about now" when nobody is ahead and a counter is free', () => {
    expect(waitWording(null)).toEqual({ kind: 'unknown' });
    expect(waitWording({ pointMin: 0, lowMin: 0, highMin: 1, aboutNow: true })).toEqual({ kind: 'aboutNow' });
  });

  it('gives the point with the range around it, in whole minutes, never "about 0 minutes"', () => {
    expect(waitWording({ pointMin: 12.4, lowMin: 8, highMin: 17, aboutNow: false })).toEqual({
      kind: 'estimate',
      minutes: 12,
      low: 8,
      high: 17,
    });
    expect(waitWording({ pointMin: 0.2, lowMin: 0, highMin: 2, aboutNow: false })).toEqual({
      kind: 'estimate',
      minutes: 1,
      low: 0,
      high: 2,
    });
    // A range that does not hold its own point is widened to hold it.
    expect(waitWording({ pointMin: 20, lowMin: 22, highMin: 19, aboutNow: false })).toEqual({
      kind: 'estimate',
      minutes: 20,
      low: 20,
      high: 21,
    });
  });
});
