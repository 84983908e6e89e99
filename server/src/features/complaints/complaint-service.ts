import {
  businessDateOf,
  type BranchConfig,
  type ComplaintTimelineEntry,
  type ErrorCode,
  type StaffQueueEvent,
} from '@lobby/shared';
import { newId } from '../../auth/tokens.ts';
import type { Db } from '../../store/database.ts';
import { applyComplaintAction, newComplaint, overdueClocks } from './complaint-rules.ts';
import type { ComplaintStore } from './complaint-store.ts';
import type {
  Complaint,
  ComplaintAction,
  ComplaintCreate,
  ComplaintHistoryEntry,
  OverdueClock,
} from './complaint-types.ts';

/** Complaint use cases: each writes the complaint and its ledger row in one transaction. */
export type ServiceResult<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message?: string };

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
  constructor(
    private readonly db: Db,
    private readonly complaints: ComplaintStore,
    private readonly config: () => BranchConfig,
  ) {}

  register(input: ComplaintCreate, actorId: string, now: number): ServiceResult<Complaint> {
    const config = this.config();
    const receivedAt = input.receivedAt ?? now;
    if (receivedAt > now) return { ok: false, code: 'INVALID_PAYLOAD', message: 'received in the future' };
    const c = newComplaint(newId('cmp'), input, receivedAt, actorId, config);
    this.db
      .transaction(() => {
        this.complaints.insert(c);
        this.complaints.addHistory({ complaintId: c.id, at: now, actorId, action: 'register', note: input.summary });
      })
      .immediate();
    return { ok: true, data: c };
  }

  act(id: string, action: ComplaintAction, note: string, actorId: string, now: number): ServiceResult<Complaint> {
    return this.db
      .transaction((): ServiceResult<Complaint> => {
        const c = this.complaints.byId(id);
        if (!c) return { ok: false, code: 'NOT_FOUND' };
        const r = applyComplaintAction(c, action, note, now, this.config());
        if (!r.ok) return r;
        this.complaints.update(r.complaint);
        this.complaints.addHistory({ complaintId: id, at: now, actorId, action, note });
        return { ok: true, data: r.complaint };
      })
      .immediate();
  }

  detail(id: string): ServiceResult<ComplaintDetail> {
    const complaint = this.complaints.byId(id);
    if (!complaint) return { ok: false, code: 'NOT_FOUND' };
    return {
      ok: true,
      data: {
        complaint,
        history: this.complaints.history(id),
        ticketTimeline: complaint.ticketId ? this.ticketTimeline(complaint.ticketId) : [],
      },
    };
  }

  /** The ticket's rows of the event log. The log has no ticket column, so the payload is read. */
  ticketTimeline(ticketId: string): ComplaintTimelineEntry[] {
    const row = this.db.prepare('SELECT business_date FROM tickets WHERE id = ?').get(ticketId) as
      { business_date: string } | undefined;
    if (!row) return [];
    const rows = this.db
      .prepare(
        "SELECT seq, type, at, actor_id, reason, payload FROM event_log WHERE business_date = ? AND type LIKE 'ticket:%' ORDER BY seq",
      )
      .all(row.business_date) as {
      seq: number;
      type: string;
      at: number;
      actor_id: string | null;
      reason: string | null;
      payload: string;
    }[];
    const out: ComplaintTimelineEntry[] = [];
    for (const r of rows) {
      const e = JSON.parse(r.payload) as Partial<StaffQueueEvent>;
      const touches = e.ticket?.id === ticketId || (e.tickets ?? []).some((t) => t.id === ticketId);
      if (!touches) continue;
      out.push({
        seq: r.seq,
        type: r.type,
        at: r.at,
        actorId: r.actor_id,
        reason: r.reason,
        counterId: e.ticket?.counterId ?? e.counter?.id ?? null,
      });
    }
    return out;
  }

  overdue(now: number): OverdueComplaint[] {
    const today = businessDateOf(now, this.config().hours.timeZone);
    return this.complaints
      .notClosed()
      .map((complaint) => ({ complaint, clocks: overdueClocks(complaint, today) }))
      .filter((o) => o.clocks.length > 0);
  }
}
