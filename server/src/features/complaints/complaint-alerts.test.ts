import { describe, expect, it } from 'vitest';
import { demoBranchConfig } from '../../seed/demo-config.ts';
import { complaintOverdueAlerts } from './complaint-alerts.ts';
import { newComplaint } from './complaint-rules.ts';
import { ComplaintCreateSchema } from './complaint-types.ts';

const input = ComplaintCreateSchema.parse({
  source: 'hotline',
  category: 'waiting',
  severity: 'minor',
  summary: '等候时间过长',
  ticketId: 't1',
  counterId: 'c2',
});
const complaint = newComplaint(
  'cmp_abcdef123456',
  input,
  Date.parse('2026-11-20T10:00:00+08:00'),
  'u1',
  demoBranchConfig(),
);

describe('complaint overdue alerts', () => {
  it('raises one complaint_overdue alert per overdue clock, with the deadline in the text', () => {
    const alerts = complaintOverdueAlerts([{ complaint, clocks: ['first_response', 'handling'] }], 1000, []);
    expect(alerts.map((a) => [a.kind, a.id, a.ticketId, a.counterId])).toEqual([
      ['complaint_overdue', 'complaint_overdue:cmp_abcdef123456:first_response', 't1', 'c2'],
      ['complaint_overdue', 'complaint_overdue:cmp_abcdef123456:handling', 't1', 'c2'],
    ]);
    expect(alerts[0]?.message.zh).toContain(complaint.firstResponseDue);
  });

  it('keeps the raise time and acknowledgement while the clock stays overdue', () => {
    const [first] = complaintOverdueAlerts([{ complaint, clocks: ['first_response'] }], 1000, []);
    const acked = { ...first!, acknowledgedBy: 'lobby', acknowledgedAt: 1500 };
    const [again] = complaintOverdueAlerts([{ complaint, clocks: ['first_response'] }], 2000, [acked]);
    expect(again).toMatchObject({ raisedAt: 1000, acknowledgedBy: 'lobby', acknowledgedAt: 1500 });
  });
});
