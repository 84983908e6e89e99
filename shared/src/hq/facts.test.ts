import { describe, expect, it } from 'vitest';
import { HqFactBodySchema } from './facts.ts';

const alert = { id: 'a1', action: 'raised', kind: 'counter_offline', laneId: null, counterId: 'C1' };

describe('head-office fact bodies', () => {
  it('a single-object fact carries its object under its kind, and nothing else', () => {
    expect(HqFactBodySchema.safeParse({ kind: 'alert', at: 1, alert }).success).toBe(true);
    // Under another kind's name, beside an unlisted field, or with one inside: refused.
    expect(HqFactBodySchema.safeParse({ kind: 'alert', at: 1, complaint: alert }).success).toBe(false);
    expect(HqFactBodySchema.safeParse({ kind: 'alert', at: 1, alert, note: 'x' }).success).toBe(false);
    expect(HqFactBodySchema.safeParse({ kind: 'alert', at: 1, alert: { ...alert, phone: '138' } }).success).toBe(false);
    expect(HqFactBodySchema.safeParse({ kind: 'complaint', at: 1, alert }).success).toBe(false);
  });
});
