/**
 * The replication outbox and its bookkeeping (hq_outbox, hq_replication), and the reads of the
 * tables it tails. Appending a fact extends the hash chain: hash = chainHash(previous hash, body).
 */
import { GENESIS_HASH, type HqFactBody } from '@lobby/shared';
import { chainHash } from '@lobby/shared/chain-hash';
import type { Db } from './database.ts';
import type { AlertKind } from '@lobby/shared';

/** One row of the alert log as replication reads it. */
export interface AlertLogEntry {
  alertId: string;
  action: 'raised' | 'acknowledged' | 'cleared';
  kind: AlertKind;
  laneId: string | null;
  counterId: string | null;
  at: number;
}

export interface OutboxRow {
  seq: number;
  prevHash: string;
  hash: string;
  kind: string;
  at: number;
  body: string;
  bytes: number;
}

export interface ReplicationRow {
  headSeq: number;
  headHash: string;
  ackedSeq: number;
  eventWatermark: number;
  complaintWatermark: number;
  alertWatermark: number;
  profileKey: string | null;
  lastOkAt: number | null;
  lastError: string | null;
  lastErrorAt: number | null;
  catalogueMode: 'auto' | 'confirm';
  catalogueVersion: number | null;
  cataloguePending: string | null;
  catalogueReport: string | null;
  catalogueReported: boolean;
}

export interface Watermarks {
  event?: number;
  complaint?: number;
  alert?: number;
  profileKey?: string;
}

interface Raw {
  head_seq: number;
  head_hash: string;
  acked_seq: number;
  event_watermark: number;
  complaint_watermark: number;
  alert_watermark: number;
  profile_key: string | null;
  last_ok_at: number | null;
  last_error: string | null;
  last_error_at: number | null;
  catalogue_mode: 'auto' | 'confirm';
  catalogue_version: number | null;
  catalogue_pending: string | null;
  catalogue_report: string | null;
  catalogue_reported: number;
}

export class OutboxStore {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  state(): ReplicationRow {
    const r = this.db.prepare('SELECT * FROM hq_replication WHERE id = 1').get() as Raw;
    return {
      headSeq: r.head_seq,
      headHash: r.head_hash,
      ackedSeq: r.acked_seq,
      eventWatermark: r.event_watermark,
      complaintWatermark: r.complaint_watermark,
      alertWatermark: r.alert_watermark,
      profileKey: r.profile_key,
      lastOkAt: r.last_ok_at,
      lastError: r.last_error,
      lastErrorAt: r.last_error_at,
      catalogueMode: r.catalogue_mode,
      catalogueVersion: r.catalogue_version,
      cataloguePending: r.catalogue_pending,
      catalogueReport: r.catalogue_report,
      catalogueReported: r.catalogue_reported === 1,
    };
  }

  /** Appends facts to the chain and moves the watermarks, in one transaction. */
  append(facts: HqFactBody[], marks: Watermarks): void {
    this.db
      .transaction(() => {
        const s = this.state();
        let seq = s.headSeq;
        let hash = s.headHash || GENESIS_HASH;
        const insert = this.db.prepare(
          'INSERT INTO hq_outbox (seq, prev_hash, hash, kind, at, body, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)',
        );
        for (const fact of facts) {
          const body = JSON.stringify(fact);
          const next = chainHash(hash, body);
          insert.run(++seq, hash, next, fact.kind, fact.at, body, Buffer.byteLength(body));
          hash = next;
        }
        this.db
          .prepare(
            `UPDATE hq_replication SET head_seq = ?, head_hash = ?,
               event_watermark = COALESCE(?, event_watermark), complaint_watermark = COALESCE(?, complaint_watermark),
               alert_watermark = COALESCE(?, alert_watermark), profile_key = COALESCE(?, profile_key) WHERE id = 1`,
          )
          .run(seq, hash, marks.event ?? null, marks.complaint ?? null, marks.alert ?? null, marks.profileKey ?? null);
      })
      .immediate();
  }

  /** Facts after `seq`, oldest first, up to a count and (after the first) a byte budget. */
  after(seq: number, maxFacts: number, maxBytes: number): OutboxRow[] {
    const rows = this.db
      .prepare('SELECT seq, prev_hash, hash, kind, at, body, bytes FROM hq_outbox WHERE seq > ? ORDER BY seq LIMIT ?')
      .all(seq, maxFacts) as {
      seq: number;
      prev_hash: string;
      hash: string;
      kind: string;
      at: number;
      body: string;
      bytes: number;
    }[];
    const out: OutboxRow[] = [];
    let bytes = 0;
    for (const r of rows) {
      if (out.length > 0 && bytes + r.bytes > maxBytes) break;
      bytes += r.bytes;
      out.push({
        seq: r.seq,
        prevHash: r.prev_hash,
        hash: r.hash,
        kind: r.kind,
        at: r.at,
        body: r.body,
        bytes: r.bytes,
      });
    }
    return out;
  }

  seqOfHash(hash: string): number | null {
    const r = this.db.prepare('SELECT seq FROM hq_outbox WHERE hash = ?').get(hash) as { seq: number } | undefined;
    return r?.seq ?? null;
  }

  oldestSeq(): number | null {
    const r = this.db.prepare('SELECT MIN(seq) AS seq FROM hq_outbox').get() as { seq: number | null };
    return r.seq;
  }

  /** Head office holds every fact through `seq`. Never moves back. */
  markAcked(seq: number, now: number): void {
    this.db
      .transaction(() => {
        this.db.prepare('UPDATE hq_outbox SET acked = 1 WHERE seq <= ? AND acked = 0').run(seq);
        this.db
          .prepare(
            'UPDATE hq_replication SET acked_seq = MAX(acked_seq, ?), last_ok_at = ?, last_error = NULL WHERE id = 1',
          )
          .run(seq, now);
      })
      .immediate();
  }

  recordOk(now: number): void {
    this.db.prepare('UPDATE hq_replication SET last_ok_at = ?, last_error = NULL WHERE id = 1').run(now);
  }

  recordError(message: string, now: number): void {
    this.db.prepare('UPDATE hq_replication SET last_error = ?, last_error_at = ? WHERE id = 1').run(message, now);
  }

  /**
   * Drops acknowledged facts older than `before`, but keeps the newest acknowledged one (the
   * link the next fact continues from, should head office ask).
   */
  pruneAcked(before: number): number {
    return this.db
      .prepare(
        'DELETE FROM hq_outbox WHERE acked = 1 AND at < ? AND seq < (SELECT MAX(seq) FROM hq_outbox WHERE acked = 1)',
      )
      .run(before).changes;
  }

  /** Facts not yet acknowledged, their bytes, the oldest one's time; and bytes of the whole table. */
  backlog(): { pending: number; pendingBytes: number; oldestAt: number | null; totalBytes: number } {
    const r = this.db
      .prepare(
        `SELECT COALESCE(SUM(CASE WHEN acked = 0 THEN 1 ELSE 0 END), 0) AS pending,
                COALESCE(SUM(CASE WHEN acked = 0 THEN bytes ELSE 0 END), 0) AS pending_bytes,
                MIN(CASE WHEN acked = 0 THEN at END) AS oldest, COALESCE(SUM(bytes), 0) AS total
           FROM hq_outbox`,
      )
      .get() as { pending: number; pending_bytes: number; oldest: number | null; total: number };
    return { pending: r.pending, pendingBytes: r.pending_bytes, oldestAt: r.oldest, totalBytes: r.total };
  }

  setCatalogueMode(mode: 'auto' | 'confirm'): void {
    this.db.prepare('UPDATE hq_replication SET catalogue_mode = ? WHERE id = 1').run(mode);
  }

  setCataloguePending(json: string | null): void {
    this.db.prepare('UPDATE hq_replication SET catalogue_pending = ? WHERE id = 1').run(json);
  }

  /** A decision on a catalogue version, to report to head office (and the adopted version when adopted). */
  setCatalogueDecision(reportJson: string, adoptedVersion: number | null): void {
    this.db
      .prepare(
        `UPDATE hq_replication SET catalogue_report = ?, catalogue_reported = 0,
           catalogue_version = COALESCE(?, catalogue_version) WHERE id = 1`,
      )
      .run(reportJson, adoptedVersion);
  }

  markCatalogueReported(reportJson: string): void {
    this.db
      .prepare('UPDATE hq_replication SET catalogue_reported = 1 WHERE id = 1 AND catalogue_report = ?')
      .run(reportJson);
  }

  // --- the tables the outbox tails ---

  complaintHistoryAfter(id: number, limit: number): { historyId: number; at: number; complaintId: string }[] {
    return (
      this.db
        .prepare('SELECT id, at, complaint_id FROM complaint_history WHERE id > ? ORDER BY id LIMIT ?')
        .all(id, limit) as { id: number; at: number; complaint_id: string }[]
    ).map((r) => ({ historyId: r.id, at: r.at, complaintId: r.complaint_id }));
  }

  lastComplaintHistoryId(): number {
    return (this.db.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM complaint_history').get() as { id: number }).id;
  }

  alertLogAfter(seq: number, limit: number): (AlertLogEntry & { seq: number })[] {
    return (
      this.db
        .prepare(
          'SELECT seq, alert_id, action, kind, lane_id, counter_id, at FROM alert_log WHERE seq > ? ORDER BY seq LIMIT ?',
        )
        .all(seq, limit) as {
        seq: number;
        alert_id: string;
        action: AlertLogEntry['action'];
        kind: AlertLogEntry['kind'];
        lane_id: string | null;
        counter_id: string | null;
        at: number;
      }[]
    ).map((r) => ({
      seq: r.seq,
      alertId: r.alert_id,
      action: r.action,
      kind: r.kind,
      laneId: r.lane_id,
      counterId: r.counter_id,
      at: r.at,
    }));
  }

  lastAlertSeq(): number {
    return (this.db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM alert_log').get() as { seq: number }).seq;
  }

  staffNo(staffId: string): string | null {
    const r = this.db.prepare('SELECT staff_no FROM staff_users WHERE id = ?').get(staffId) as
      { staff_no: string } | undefined;
    return r?.staff_no ?? null;
  }

  rating(ticketId: string): { attitude: number; efficiency: number } | null {
    const r = this.db.prepare('SELECT attitude, efficiency FROM ratings WHERE ticket_id = ?').get(ticketId) as
      { attitude: number; efficiency: number } | undefined;
    return r ?? null;
  }

  ticketNumber(ticketId: string): string | null {
    const r = this.db.prepare('SELECT number FROM tickets WHERE id = ?').get(ticketId) as
      { number: string } | undefined;
    return r?.number ?? null;
  }
}
