/**
 * Complaint lifecycle and clocks, pure. open → responded → resolved → verified → closed;
 * the written result (docs/requirements.md R101) is recorded while resolved or verified and is required to close.
 */
import { businessDateOf, type BranchConfig, type ErrorCode } from '@lobby/shared';
import { addWorkingDays } from './working-days.ts';
import type { Complaint, ComplaintAction, ComplaintCreate, ComplaintStatus, OverdueClock } from './complaint-types.ts';

const NEXT: Record<Exclude<ComplaintAction, 'writtenResult'>, { from: ComplaintStatus; to: ComplaintStatus }> = {
  respond: { from: 'open', to: 'responded' },
  resolve: { from: 'responded', to: 'resolved' },
  verify: { from: 'resolved', to: 'verified' },
  close: { from: 'verified', to: 'closed' },
};

export type TransitionResult = { ok: true; complaint: Complaint } | { ok: false; code: ErrorCode; message: string };

export function applyComplaintAction(
  c: Complaint,
  action: ComplaintAction,
  note: string,
  now: number,
  config: BranchConfig,
): TransitionResult {
  if (action === 'writtenResult') {
    if (c.status !== 'resolved' && c.status !== 'verified')
      return {
        ok: false,
        code: 'INVALID_STATE',
        message: `written result needs a resolved complaint, not ${c.status}`,
      };
    if (c.writtenResultAt !== null)
      return { ok: false, code: 'INVALID_STATE', message: 'written result already recorded' };
    return { ok: true, complaint: { ...c, writtenResultAt: now } };
  }
  const step = NEXT[action];
  if (c.status !== step.from)
    return { ok: false, code: 'INVALID_STATE', message: `cannot ${action} a complaint that is ${c.status}` };
  if (action === 'close' && c.writtenResultAt === null)
    return { ok: false, code: 'INVALID_STATE', message: 'record the written result before closing' };
  const next: Complaint = { ...c, status: step.to };
  if (action === 'respond') next.respondedAt = now;
  if (action === 'resolve') {
    next.resolvedAt = now;
    next.resolution = note;
    next.writtenResultDue = addWorkingDays(
      businessDateOf(now, config.hours.timeZone),
      config.complaintClock.writtenResultDays,
      config.hours,
    );
  }
  if (action === 'verify') next.verifiedAt = now;
  if (action === 'close') next.closedAt = now;
  return { ok: true, complaint: next };
}

/** A complaint as registered: open, its first two clocks running from the day it was received. */
export function newComplaint(
  id: string,
  input: ComplaintCreate,
  receivedAt: number,
  registeredBy: string,
  config: BranchConfig,
): Complaint {
  const receivedDate = businessDateOf(receivedAt, config.hours.timeZone);
  return {
    id,
    receivedAt,
    receivedDate,
    source: input.source,
    category: input.category,
    severity: input.severity,
    status: 'open',
    summary: input.summary,
    demand: input.demand,
    contactName: input.contactName || null,
    contactPhone: input.contactPhone || null,
    ticketId: input.ticketId,
    counterId: input.counterId,
    tellerId: input.tellerId,
    ownerId: input.ownerId ?? registeredBy,
    ...initialDeadlines(receivedDate, config),
    writtenResultDue: null,
    respondedAt: null,
    resolvedAt: null,
    writtenResultAt: null,
    verifiedAt: null,
    closedAt: null,
    resolution: '',
    contactPurgedAt: null,
  };
}

function initialDeadlines(
  receivedDate: string,
  config: BranchConfig,
): { firstResponseDue: string; handlingDue: string } {
  return {
    firstResponseDue: addWorkingDays(receivedDate, config.complaintClock.firstResponseDays, config.hours),
    handlingDue: addWorkingDays(receivedDate, config.complaintClock.handlingDays, config.hours),
  };
}

/** Clocks that ran out: a deadline date is met through the whole of that branch-local day. */
export function overdueClocks(c: Complaint, today: string): OverdueClock[] {
  const out: OverdueClock[] = [];
  if (c.status === 'closed') return out;
  if (c.status === 'open' && today > c.firstResponseDue) out.push('first_response');
  if ((c.status === 'open' || c.status === 'responded') && today > c.handlingDue) out.push('handling');
  if (c.writtenResultDue !== null && c.writtenResultAt === null && today > c.writtenResultDue)
    out.push('written_result');
  return out;
}
