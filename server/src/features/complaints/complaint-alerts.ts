/**
 * Overdue complaints as lobby/admin alerts of kind `complaint_overdue`. An alert keeps its id
 * and raise time while the same clock stays overdue, like the floor alerts do.
 */
import type { Alert } from '@lobby/shared';
import type { OverdueClock } from './complaint-types.ts';
import type { OverdueComplaint } from './complaint-service.ts';

const CLOCK_TEXT: Record<OverdueClock, { zh: string; en: string }> = {
  first_response: { zh: '首次答复已超时', en: 'first response overdue' },
  handling: { zh: '处理期限已超时', en: 'handling overdue' },
  written_result: { zh: '书面结果反馈已超时', en: 'written result overdue' },
};

export function complaintOverdueAlerts(
  overdue: readonly OverdueComplaint[],
  now: number,
  previous: readonly Alert[],
): Alert[] {
  const before = new Map(previous.map((a) => [a.id, a]));
  return overdue.flatMap(({ complaint, clocks }) =>
    clocks.map((clock): Alert => {
      const id = `complaint_overdue:${complaint.id}:${clock}`;
      const old = before.get(id);
      const due =
        clock === 'first_response'
          ? complaint.firstResponseDue
          : clock === 'handling'
            ? complaint.handlingDue
            : (complaint.writtenResultDue ?? '');
      return {
        id,
        kind: 'complaint_overdue',
        laneId: null,
        counterId: complaint.counterId,
        ticketId: complaint.ticketId,
        message: {
          zh: `投诉 ${complaint.id.slice(-6)}（${complaint.summary.slice(0, 20)}）${CLOCK_TEXT[clock].zh}，期限 ${due}`,
          en: `Complaint ${complaint.id.slice(-6)} (${complaint.summary.slice(0, 20)}): ${CLOCK_TEXT[clock].en}, due ${due}`,
        },
        suggestion: { zh: '请在管理端“投诉登记”中处理', en: 'Handle it in Admin → Complaints' },
        raisedAt: old?.raisedAt ?? now,
        acknowledgedBy: old?.acknowledgedBy ?? null,
        acknowledgedAt: old?.acknowledgedAt ?? null,
      };
    }),
  );
}
