/**
 * Fills the outbox by tailing what the branch already writes durably — the event log (in
 * seq order), the complaint ledger and the alert log — projecting each row and appending it
 * to the hash chain together with the new watermark, so a crash between the two cannot lose
 * or double a fact. The queue's own transactions are untouched: replication can neither
 * slow nor fail a customer's ticket. When the outbox reaches its size bound, projection
 * pauses (the event log, never pruned, keeps the rest) and resumes as head office acknowledges.
 */
import type { BranchConfig, HqFactBody } from '@lobby/shared';
import type { EventLog } from '../../store/event-log.ts';
import type { ComplaintStore } from '../../store/complaint-store.ts';
import type { OutboxStore } from '../../store/replication-outbox-store.ts';
import {
  projectAlert,
  projectComplaint,
  projectProfile,
  projectQueueEvent,
  type ProjectionLookups,
} from './project-fact.ts';

const CHUNK = 500;

const profileKeyOf = (configVersion: number, catalogueVersion: number | null) =>
  `${configVersion}/${catalogueVersion ?? '-'}`;

export interface OutboxWriterDeps {
  outbox: OutboxStore;
  eventLog: EventLog;
  complaints: ComplaintStore;
  config: () => BranchConfig;
  clock: () => number;
  maxBytes: number;
}

export class OutboxWriter {
  private readonly lookups: ProjectionLookups;

  private readonly deps: OutboxWriterDeps;

  constructor(deps: OutboxWriterDeps) {
    this.deps = deps;

    const { outbox } = deps;
    this.lookups = {
      staffNo: (id) => (id === null ? null : outbox.staffNo(id)),
      rating: (id) => outbox.rating(id),
      ticketNumber: (id) => outbox.ticketNumber(id),
    };
  }

  /** True while the outbox is at its bound (facts wait in the event log). */
  full(): boolean {
    return this.deps.outbox.backlog().totalBytes >= this.deps.maxBytes;
  }

  /** Event-log rows not yet projected. */
  unprojected(): number {
    return this.deps.eventLog.countAfter(this.deps.outbox.state().eventWatermark);
  }

  /** Projects everything new, in chunks; returns how many facts were appended. */
  fill(): number {
    let appended = this.profile();
    for (;;) {
      if (this.full()) return appended;
      const n = this.events() + this.complaints() + this.alerts();
      if (n === 0) return appended;
      appended += n;
    }
  }

  /** A profile fact first, and again whenever the config (or adopted catalogue) version changes. */
  private profile(): number {
    const { outbox, config, clock } = this.deps;
    const s = outbox.state();
    const c = config();
    const key = profileKeyOf(c.version, s.catalogueVersion);
    if (s.profileKey === key) return 0;
    outbox.append([projectProfile(c, s.catalogueVersion, clock())], { profileKey: key });
    return 1;
  }

  private events(): number {
    const { outbox, eventLog, config } = this.deps;
    const from = outbox.state().eventWatermark;
    const events = eventLog.after(from, CHUNK);
    if (events.length === 0) return 0;
    const facts: HqFactBody[] = [];
    const catalogueVersion = outbox.state().catalogueVersion;
    let profileKey: string | undefined;
    for (const e of events) {
      facts.push(projectQueueEvent(e, config(), this.lookups));
      // The profile follows the config: a config change is also a new profile.
      if (e.type === 'config:changed' && e.config) {
        facts.push(projectProfile(e.config, catalogueVersion, e.at));
        profileKey = profileKeyOf(e.config.version, catalogueVersion);
      }
    }
    outbox.append(facts, { event: events.at(-1)!.seq, ...(profileKey ? { profileKey } : {}) });
    return facts.length;
  }

  private complaints(): number {
    const { outbox, complaints, clock } = this.deps;
    const rows = outbox.complaintHistoryAfter(outbox.state().complaintWatermark, CHUNK);
    if (rows.length === 0) return 0;
    const facts = rows.flatMap((r) => {
      const c = complaints.byId(r.complaintId);
      return c ? [projectComplaint(c, Math.min(r.at, clock()), this.lookups)] : [];
    });
    outbox.append(facts, { complaint: rows.at(-1)!.historyId });
    return Math.max(facts.length, 1);
  }

  private alerts(): number {
    const { outbox } = this.deps;
    const rows = outbox.alertLogAfter(outbox.state().alertWatermark, CHUNK);
    if (rows.length === 0) return 0;
    outbox.append(rows.map(projectAlert), { alert: rows.at(-1)!.seq });
    return rows.length;
  }
}
