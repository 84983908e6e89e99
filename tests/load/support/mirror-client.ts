import {
  QUEUE_EVENT_TYPES,
  type Ack,
  type CounterPublicView,
  type CounterStaffView,
  type QueueEvent,
  type Snapshot,
  type SyncResult,
  type TicketPublicView,
  type TicketStaffView,
} from '@lobby/shared';
import type { LobbySocket } from '../../support/server.ts';

/**
 * A client that does exactly what the apps must do (common rules): apply events in seq
 * order, and on a seq gap or a reconnect ask `sync:request {sinceSeq}` and apply the
 * events or the snapshot it gets back. It records every seq it applied, so a test can
 * prove "every event once, in order" and compare its state with the server's snapshot.
 */
export type TicketView = TicketStaffView | TicketPublicView;
export type CounterView = CounterStaffView | CounterPublicView;

export interface MirrorStats {
  /** Seqs applied from events, in application order (snapshots reset the base). */
  applied: number[];
  /** Live events that arrived with a seq already applied (dropped, never applied twice). */
  duplicatesDropped: number;
  syncRequests: number;
  snapshotsTaken: number;
  reconnects: number;
  /** Application-order violations seen (must stay empty). */
  orderViolations: string[];
}

const SYNC_TIMEOUT_MS = 5000;

export class MirrorClient {
  readonly tickets = new Map<string, TicketView>();
  readonly counters = new Map<string, CounterView>();
  lastSeq = -1;
  readonly stats: MirrorStats = {
    applied: [],
    duplicatesDropped: 0,
    syncRequests: 0,
    snapshotsTaken: 0,
    reconnects: 0,
    orderViolations: [],
  };
  private readonly pending = new Map<number, QueueEvent>();
  private syncing: Promise<void> | null = null;
  private syncAgain = false;
  private needSnapshot = false;
  private closed = false;

  readonly socket: LobbySocket;

  private constructor(socket: LobbySocket) {
    this.socket = socket;
  }

  /** Listens first, then takes a snapshot, so nothing published in between is missed. */
  static async attach(socket: LobbySocket): Promise<MirrorClient> {
    const m = new MirrorClient(socket);
    for (const type of QUEUE_EVENT_TYPES) socket.on(type, (e) => m.receive(e));
    socket.io.on('reconnect', () => {
      m.stats.reconnects++;
    });
    socket.on('connect', () => m.requestSync());
    m.needSnapshot = true;
    await m.syncNow();
    if (m.lastSeq < 0) throw new Error('initial snapshot failed');
    return m;
  }

  close(): void {
    this.closed = true;
  }

  /** True when nothing is buffered or in flight. */
  get idle(): boolean {
    return this.syncing === null && this.pending.size === 0;
  }

  private receive(e: QueueEvent): void {
    if (this.closed) return;
    if (this.lastSeq < 0 || this.syncing !== null) {
      // Not initialised yet or resyncing: keep it; it is applied (or dropped) after the sync.
      this.pending.set(e.seq, e);
      return;
    }
    if (e.seq <= this.lastSeq) {
      this.stats.duplicatesDropped++;
      return;
    }
    this.pending.set(e.seq, e);
    this.drain();
    if (this.pending.size > 0) this.requestSync();
  }

  private drain(): void {
    for (const seq of [...this.pending.keys()]) if (seq <= this.lastSeq) this.pending.delete(seq);
    let next = this.pending.get(this.lastSeq + 1);
    while (next) {
      this.pending.delete(next.seq);
      this.apply(next);
      next = this.pending.get(this.lastSeq + 1);
    }
  }

  private apply(e: QueueEvent): void {
    if (e.seq !== this.lastSeq + 1) this.stats.orderViolations.push(`applied ${e.seq} after ${this.lastSeq}`);
    const prev = this.stats.applied[this.stats.applied.length - 1];
    if (prev !== undefined && e.seq <= prev) this.stats.orderViolations.push(`seq ${e.seq} applied after ${prev}`);
    this.stats.applied.push(e.seq);
    this.lastSeq = e.seq;
    if (e.ticket) this.tickets.set(e.ticket.id, e.ticket);
    for (const t of e.tickets ?? []) this.tickets.set(t.id, t);
    if (e.counter) this.counters.set(e.counter.id, e.counter);
    // A new business date: numbering restarts, take the new day's picture.
    if (e.type === 'day:opened') {
      this.needSnapshot = true;
      this.requestSync();
    }
  }

  private applySnapshot(s: Snapshot): void {
    this.stats.snapshotsTaken++;
    this.tickets.clear();
    this.counters.clear();
    for (const t of s.tickets) this.tickets.set(t.id, t);
    for (const c of s.counters) this.counters.set(c.id, c);
    this.lastSeq = s.seq;
    this.needSnapshot = false;
  }

  /** Ask for what was missed; coalesces concurrent requests. */
  requestSync(): void {
    if (this.closed) return;
    if (this.syncing) {
      this.syncAgain = true;
      return;
    }
    void this.syncNow().catch(() => {
      // Disconnected or timed out: the next 'connect' or gap asks again.
    });
  }

  private syncNow(): Promise<void> {
    this.syncing ??= (async () => {
      try {
        do {
          this.syncAgain = false;
          if (!this.socket.connected || this.closed) return;
          try {
            await this.fetchMissed();
          } catch {
            // Timed out or dropped mid-request: retry while connected; a reconnect asks again anyway.
            if (!this.socket.connected) return;
            await new Promise((r) => setTimeout(r, 100));
            this.syncAgain = true;
            continue;
          }
          this.drain();
          if (this.pending.size > 0) this.syncAgain = true;
        } while (this.syncAgain && !this.closed);
      } finally {
        this.syncing = null;
      }
    })();
    return this.syncing;
  }

  private async fetchMissed(): Promise<void> {
    this.stats.syncRequests++;
    if (this.needSnapshot || this.lastSeq < 0) {
      const ack = (await this.socket.timeout(SYNC_TIMEOUT_MS).emitWithAck('snapshot:get', {})) as Ack<Snapshot>;
      if (!ack.ok) throw new Error(`snapshot:get refused: ${ack.code}`);
      this.applySnapshot(ack.data);
      return;
    }
    const ack = (await this.socket
      .timeout(SYNC_TIMEOUT_MS)
      .emitWithAck('sync:request', { sinceSeq: this.lastSeq })) as Ack<SyncResult>;
    if (!ack.ok) throw new Error(`sync:request refused: ${ack.code}`);
    if (ack.data.kind === 'snapshot') this.applySnapshot(ack.data.snapshot);
    else for (const e of ack.data.events) if (e.seq > this.lastSeq) this.pending.set(e.seq, e);
  }

  /** Waits until this client has applied `seq` (from the server) and nothing is in flight. */
  async waitFor(seq: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.lastSeq >= seq && this.idle) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(
      `mirror stuck at seq ${this.lastSeq} (wanted ${seq}, pending ${this.pending.size}, connected ${this.socket.connected})`,
    );
  }
}
