/**
 * Strict FIFO of announcements: one plays at a time, to its end; a call arriving during
 * speech waits its turn (only an emergency may go ahead of the waiting ones). Every announcement leaves a log entry (start, end, outcome) that
 * tests and the screen can observe. Both the backlog and the log are bounded so a screen
 * left running for days does not grow.
 */
import type { Announcement, AnnouncementKind } from './announcement.ts';

export type PlayOutcome = 'spoken' | 'blocked' | 'failed';

export interface AnnouncementPlayer {
  /** Resolves once the announcement has completely finished playing. */
  play(a: Announcement): Promise<{ outcome: PlayOutcome; engine: string; audioMs?: number | null }>;
}

export interface AnnouncementLogEntry {
  id: number;
  kind: AnnouncementKind;
  text: string;
  /** When playing started (ms epoch). */
  at: number;
  endedAt: number | null;
  outcome: PlayOutcome | 'dropped' | null;
  engine: string | null;
  /** Length of the audio played (chime, words, pauses), when the player knows it. */
  audioMs?: number | null;
}

export interface QueueOptions {
  now?: () => number;
  /** Oldest waiting announcements are dropped beyond this backlog (they stay on screen). */
  maxPending?: number;
  maxLog?: number;
  /** Called whenever the log, the current item or the backlog changes. */
  onChange?: (q: AnnouncementQueue) => void;
  /** Receives the same entries as the log, e.g. window.__announcements. */
  sink?: AnnouncementLogEntry[];
  /** Last resort against a player that never settles (stalled fetch, lost audio device). */
  maxPlayMs?: number;
}

export class AnnouncementQueue {
  private readonly pending: Announcement[] = [];
  private readonly entries: AnnouncementLogEntry[] = [];
  private playing: AnnouncementLogEntry | null = null;
  private nextId = 1;
  private readonly now: () => number;
  private readonly maxPending: number;
  private readonly maxLog: number;

  private readonly player: AnnouncementPlayer;
  private readonly options: QueueOptions;

  constructor(player: AnnouncementPlayer, options: QueueOptions = {}) {
    this.player = player;
    this.options = options;

    this.now = options.now ?? Date.now;
    this.maxPending = options.maxPending ?? 20;
    this.maxLog = options.maxLog ?? 100;
  }

  /**
   * Adds an announcement behind the ones waiting. `urgent` (emergency) goes ahead of the
   * waiting ones but still never cuts off the one being spoken.
   */
  enqueue(a: Announcement, urgent = false): void {
    if (urgent) this.pending.unshift(a);
    else this.pending.push(a);
    while (this.pending.length > this.maxPending) {
      const dropped = this.pending.shift();
      if (dropped)
        this.record({
          kind: dropped.kind,
          text: dropped.text,
          at: this.now(),
          endedAt: this.now(),
          outcome: 'dropped',
          engine: null,
        });
    }
    this.changed();
    if (!this.playing) void this.drain();
  }

  get current(): AnnouncementLogEntry | null {
    return this.playing;
  }

  get backlog(): number {
    return this.pending.length;
  }

  get log(): readonly AnnouncementLogEntry[] {
    return this.entries;
  }

  private async drain(): Promise<void> {
    let next = this.pending.shift();
    while (next) {
      const entry = this.record({
        kind: next.kind,
        text: next.text,
        at: this.now(),
        endedAt: null,
        outcome: null,
        engine: null,
      });
      this.playing = entry;
      this.changed();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const watchdog = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('announcement did not finish')), this.options.maxPlayMs ?? 60_000);
      });
      try {
        const { outcome, engine, audioMs } = await Promise.race([this.player.play(next), watchdog]);
        entry.outcome = outcome;
        entry.engine = engine;
        entry.audioMs = audioMs ?? null;
      } catch {
        entry.outcome = 'failed';
      } finally {
        clearTimeout(timer);
      }
      entry.endedAt = this.now();
      this.playing = null;
      this.changed();
      next = this.pending.shift();
    }
  }

  private record(fields: Omit<AnnouncementLogEntry, 'id'>): AnnouncementLogEntry {
    const entry: AnnouncementLogEntry = { id: this.nextId++, ...fields };
    for (const list of [this.entries, this.options.sink]) {
      if (!list) continue;
      list.push(entry);
      if (list.length > this.maxLog) list.splice(0, list.length - this.maxLog);
    }
    return entry;
  }

  private changed(): void {
    this.options.onChange?.(this);
  }
}
