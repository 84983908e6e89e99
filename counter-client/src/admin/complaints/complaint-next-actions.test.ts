import { describe, expect, it } from 'vitest';
import { nextActions } from './complaint-next-actions.ts';

describe('complaint next actions', () => {
  it('follows open → responded → resolved → verified → closed, written result before closing', () => {
    expect(nextActions('open', null)).toEqual(['respond']);
    expect(nextActions('responded', null)).toEqual(['resolve']);
    expect(nextActions('resolved', null)).toEqual(['writtenResult', 'verify']);
    expect(nextActions('verified', null)).toEqual(['writtenResult']);
    expect(nextActions('verified', 1)).toEqual(['close']);
    expect(nextActions('closed', 1)).toEqual([]);
  });
});
