import {
  businessDateOf,
  creditedStaffId,
  creditedStaffIdLogged,
  peopleNames,
  type BranchConfig,
  type ComplaintTimelineEntry,
  type ErrorCode,
  type FieldIssue,
  type TicketStaffView,
} from '@lobby/shared';
import { newId } from '../../auth/tokens.ts';
import type { BranchStore } from '../../store/branch-store.ts';
import { applyComplaintAction, newComplaint, overdueClocks } from './complaint-rules.ts';
import type {
  Complaint,
  ComplaintAction,
  ComplaintCreate,
  ComplaintHistoryEntry,
  OverdueClock,
} from './complaint-types.ts';

/** Complaint use cases: each writes the complaint and its ledger row in one transaction. */
export type ServiceResult<T> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; message?: string; issues?: FieldIssue[] };

export interface ComplaintDetail {
  complaint: Complaint;
  history: ComplaintHistoryEntry[];
  /** Every event-log row of the linked ticket, oldest first. */
  ticketTimeline: ComplaintTimelineEntry[];
}

export interface OverdueComplaint {
  complaint: Complaint;
  clocks: OverdueClock[];
}

export class ComplaintService {
  private readonly store: BranchStore;
  private readonly config: () => BranchConfig;

  constructor(store: BranchStore, config: () => BranchConfig) {
    this.store = store;
    this.config = config;
  }

  /**
   * Registers a complaint: the ticket named by id, or by its printed number and date, must
   * exist. The complaint, its first ledger row and the audit row are one transaction.
   */
  register(input: ComplaintCreate, actorId: string, now: number): ServiceResult<Complaint> {
    const config = this.config();
    const receivedAt = input.receivedAt ?? now;
    if (receivedAt > now) return { ok: false, code: 'INVALID_PAYLOAD', message: 'received in the future' };
    let { ticketId, counterId, tellerId } = input;
    let ticket: TicketStaffView | null = null;
    if (ticketId === null && input.ticketNumber) {
      const date = input.ticketDate ?? businessDateOf(now, config.hours.timeZone);
      ticket = this.store.engineState.ticketByNumber(date, input.ticketNumber.toUpperCase());
      if (!ticket)
        return {
          ok: false,
          code: 'NOT_FOUND',
          message: `no ticket ${input.ticketNumber} on ${date}`,
          issues: [{ path: 'ticketNumber', message: 'unknown ticket' }],
        };
      ticketId = ticket.id;
    } else if (ticketId !== null) {
      ticket = this.store.engineState.ticketById(ticketId);
      if (!ticket)
        return {
          ok: false,
          code: 'NOT_FOUND',
          message: 'unknown ticket',
          issues: [{ path: 'ticketId', message: 'unknown ticket' }],
        };
    }
    // About a ticket: its counter, and the teller who served it (not whoever is there now).
    if (ticket) {
      counterId = counterId ?? ticket.counterId;
      tellerId = tellerId ?? creditedStaffId(ticket);
    }
    const c = newComplaint(newId('cmp'), { ...input, ticketId, counterId, tellerId }, receivedAt, actorId, config);
    this.store.adminActions.audited(
      () => {
        this.store.complaints.insert(c);
        this.store.complaints.addHistory({
          complaintId: c.id,
          at: now,
          actorId,
          action: 'register',
          note: input.summary,
        });
      },
      () => ({
        at: now,
        actorId,
        action: 'complaint:register',
        target: c.id,
        reason: null,
        detail: { source: c.source, severity: c.severity },
      }),
    );
    return { ok: true, data: c };
  }

  act(id: string, action: ComplaintAction, note: string, actorId: string, now: number): ServiceResult<Complaint> {
    const { complaints } = this.store;
    return this.store.db
      .transaction((): ServiceResult<Complaint> => {
        const c = complaints.byId(id);
        if (!c) return { ok: false, code: 'NOT_FOUND' };
        const r = applyComplaintAction(c, action, note, now, this.config());
        if (!r.ok) return r;
        complaints.update(r.complaint);
        complaints.addHistory({ complaintId: id, at: now, actorId, action, note });
        return { ok: true, data: r.complaint };
      })
      .immediate();
  }

  detail(id: string): ServiceResult<ComplaintDetail> {
    const complaint = this.store.complaints.byId(id);
    if (!complaint) return { ok: false, code: 'NOT_FOUND' };
    return {
      ok: true,
      data: {
        complaint,
        history: this.store.complaints.history(id),
        ticketTimeline: complaint.ticketId ? this.ticketTimeline(complaint.ticketId) : [],
      },
    };
  }

  /**
   * The ticket's own lifecycle rows (`ticket:*`) and its rating, from the log's ticket index;
   * each names the staff member the ticket's record credits at that step.
   */
  ticketTimeline(ticketId: string): ComplaintTimelineEntry[] {
    const events = this.store.eventLog
      .forTicket(ticketId)
      .filter((e) => e.type.startsWith('ticket:') || e.type === 'rating:recorded');
    const names = peopleNames(this.store.staff.list(), this.store.devices.list());
    const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    return events.map((e) => {
      const ticket = e.ticket?.id === ticketId ? e.ticket : e.tickets?.find((t) => t.id === ticketId);
      const staffId = ticket ? creditedStaffIdLogged(ticket, e.counter?.tellerId ?? null) : null;
      return {
        seq: e.seq,
        type: e.type,
        at: e.at,
        actorId: e.actorId,
        actorName: nameOf(e.actorId),
        staffId,
        staffName: nameOf(staffId),
        reason: e.reason,
        counterId: e.ticket?.counterId ?? e.counter?.id ?? null,
      };
    });
  }

  overdue(now: number): OverdueComplaint[] {
    const today = businessDateOf(now, this.config().hours.timeZone);
    return this.store.complaints
      .notClosed()
      .map((complaint) => ({ complaint, clocks: overdueClocks(complaint, today) }))
      .filter((o) => o.clocks.length > 0);
  }
}
