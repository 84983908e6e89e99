import { describe, expect, it } from 'vitest';
import { demoBranchConfig } from '../../seed/demo-config.ts';
import { applyComplaintAction, newComplaint, overdueClocks } from './complaint-rules.ts';
import { ComplaintCreateSchema, type Complaint } from './complaint-types.ts';

const config = { ...demoBranchConfig(), hours: { ...demoBranchConfig().hours, weekdays: [1, 2, 3, 4, 5] } };
const received = Date.parse('2026-11-20T10:00:00+08:00'); // a Friday

function complaint(): Complaint {
  const input = ComplaintCreateSchema.parse({
    source: 'counter',
    category: 'attitude',
    severity: 'minor',
    summary: '柜员态度差',
    demand: '道歉',
    contactName: '王先生',
    contactPhone: '13800000000',
  });
  return newComplaint('cp1', input, received, 'u1', config);
}

describe('complaint lifecycle', () => {
  it('sets the first-response and handling deadlines in working days', () => {
    expect(complaint()).toMatchObject({ firstResponseDue: '2026-12-01', handlingDue: '2026-12-11' });
  });

  it('counts the clocks over 中秋 and 国庆 2026 on the official schedule, the 调休 Saturday included', () => {
    // Received Thu Sep 24: Sep 25 and Oct 1–7 are off, Sat Oct 10 works (调休); no date typed in.
    const input = ComplaintCreateSchema.parse({
      source: 'counter',
      category: 'attitude',
      severity: 'minor',
      summary: '柜员态度差',
      demand: '道歉',
      contactName: '王先生',
      contactPhone: '13800000000',
    });
    const c = newComplaint('cp2', input, Date.parse('2026-09-24T10:00:00+08:00'), 'u1', config);
    expect(c).toMatchObject({ firstResponseDue: '2026-10-12', handlingDue: '2026-10-22' });
    // On the Friday after the holiday nothing is overdue yet.
    expect(overdueClocks(c, '2026-10-09')).toEqual([]);
    expect(overdueClocks(c, '2026-10-13')).toEqual(['first_response']);
  });

  it('walks open → responded → resolved → (written result) → verified → closed', () => {
    let c = complaint();
    const resolvedAt = Date.parse('2026-11-27T15:00:00+08:00'); // Friday
    for (const [action, at] of [
      ['respond', received],
      ['resolve', resolvedAt],
      ['writtenResult', resolvedAt],
      ['verify', resolvedAt],
      ['close', resolvedAt],
    ] as const) {
      const r = applyComplaintAction(c, action, '处理说明', at, config);
      if (!r.ok) throw new Error(r.message);
      c = r.complaint;
    }
    expect(c.status).toBe('closed');
    // Written result due 10 working days after handling completed on Fri Nov 27.
    expect(c.writtenResultDue).toBe('2026-12-11');
    expect(c.resolution).toBe('处理说明');
  });

  it('refuses skipped or backwards transitions with INVALID_STATE', () => {
    const c = complaint();
    expect(applyComplaintAction(c, 'resolve', 'x', received, config)).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
    });
    expect(applyComplaintAction(c, 'close', 'x', received, config)).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect(applyComplaintAction(c, 'writtenResult', 'x', received, config)).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
    });
    const verified = { ...c, status: 'verified' as const };
    expect(applyComplaintAction(verified, 'close', 'x', received, config)).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
    });
  });
});

describe('overdue clocks', () => {
  it('first response is overdue the day after its deadline, not on it', () => {
    expect(overdueClocks(complaint(), '2026-12-01')).toEqual([]);
    expect(overdueClocks(complaint(), '2026-12-02')).toEqual(['first_response']);
  });

  it('handling keeps running after the first response', () => {
    const responded = { ...complaint(), status: 'responded' as const, respondedAt: received };
    expect(overdueClocks(responded, '2026-12-12')).toEqual(['handling']);
  });

  it('the written-result clock runs until the result is recorded', () => {
    const resolved = { ...complaint(), status: 'resolved' as const, writtenResultDue: '2026-12-11' };
    expect(overdueClocks(resolved, '2026-12-14')).toEqual(['written_result']);
    expect(overdueClocks({ ...resolved, writtenResultAt: 1 }, '2026-12-14')).toEqual([]);
  });
});
