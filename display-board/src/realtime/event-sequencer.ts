/**
 * Keeps the screen's copy of the floor gap-free. Every event carries the branch seq and
 * every client gets every seq, so seq ≠ last + 1 means something was missed: the screen
 * asks for what it missed (sync:request) and holds live events until the answer is in.
 */
import type { QueueEvent } from '@lobby/shared';

export interface SequencerHooks {
  /** Apply one event in order; `replayed` is true for events fetched by a resync. */
  apply(event: QueueEvent, replayed: boolean): void;
  /** Ask the server for everything after `sinceSeq`. */
  requestSync(sinceSeq: number): void;
}

/** Live events held during a resync; beyond this the resync answer will cover them anyway. */
const MAX_HELD = 500;

export class EventSequencer {
  private seqValue = 0;
  private syncing = false;
  private held: QueueEvent[] = [];

  constructor(private readonly hooks: SequencerHooks) {}

  get seq(): number {
    return this.seqValue;
  }

  get isSyncing(): boolean {
    return this.syncing;
  }

  /** On (re)connect: always resync from where we are. */
  startSync(): void {
    this.syncing = true;
    this.hooks.requestSync(this.seqValue);
  }

  receiveLive(event: QueueEvent): void {
    if (this.syncing) {
      if (this.held.length < MAX_HELD) this.held.push(event);
      return;
    }
    if (event.seq <= this.seqValue) return;
    if (event.seq === this.seqValue + 1) {
      this.seqValue = event.seq;
      this.hooks.apply(event, false);
      return;
    }
    this.held.push(event);
    this.startSync();
  }

  /** The resync answered with events after our seq. */
  syncedWithEvents(events: QueueEvent[]): void {
    for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
      if (e.seq !== this.seqValue + 1) continue;
      this.seqValue = e.seq;
      this.hooks.apply(e, true);
    }
    this.finishSync();
  }

  /** The resync answered with a snapshot, already applied by the caller. */
  syncedWithSnapshot(seq: number): void {
    this.seqValue = seq;
    this.finishSync();
  }

  /** The resync failed: held events are kept and the caller retries startSync later. */
  syncFailed(): void {
    this.syncing = false;
  }

  private finishSync(): void {
    this.syncing = false;
    const held = this.held.sort((a, b) => a.seq - b.seq);
    this.held = [];
    for (const e of held) {
      if (e.seq <= this.seqValue) continue;
      if (e.seq !== this.seqValue + 1) {
        // Still a hole after the resync (events raced past it): ask again from here.
        this.held = held.filter((h) => h.seq > this.seqValue);
        this.startSync();
        return;
      }
      this.seqValue = e.seq;
      this.hooks.apply(e, false);
    }
  }
}
