/**
 * Group commit: work submitted while `maxInFlight` groups are already running waits, and
 * everything that waited then runs as ONE group (one transaction at head office). Under a
 * trickle each item runs alone at once; under 1,000 branches sending, a transaction carries
 * many branches' batches and the cost per batch (round trips, commit) is shared.
 *
 * A group holds at most one item per key (a branch's batches must apply in order: a second
 * one waits for the next group). When a group fails, its items are retried one by one, so
 * one bad batch fails only its own sender.
 */
export interface GroupCommitOptions {
  /** Groups running at the same time (transactions, pooled connections). */
  maxInFlight: number;
  /** Items in one group at most. */
  maxGroup: number;
}

interface Waiting<I, O> {
  key: string;
  item: I;
  resolve: (out: O) => void;
  reject: (err: unknown) => void;
}

export class GroupCommit<I, O> {
  private queue: Waiting<I, O>[] = [];
  private inFlight = 0;

  private readonly run: (items: I[]) => Promise<O[]>;
  private readonly opts: GroupCommitOptions;

  /** `run` returns one output per item, in the items' order. */
  constructor(run: (items: I[]) => Promise<O[]>, opts: GroupCommitOptions) {
    this.run = run;
    this.opts = opts;
  }

  submit(key: string, item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ key, item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.opts.maxInFlight && this.queue.length > 0) {
      const group = this.take();
      this.inFlight++;
      void this.execute(group).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  /** The oldest waiting items, one per key, up to maxGroup; the rest keep their order. */
  private take(): Waiting<I, O>[] {
    const keys = new Set<string>();
    const group: Waiting<I, O>[] = [];
    const rest: Waiting<I, O>[] = [];
    for (const w of this.queue) {
      if (group.length < this.opts.maxGroup && !keys.has(w.key)) {
        keys.add(w.key);
        group.push(w);
      } else rest.push(w);
    }
    this.queue = rest;
    return group;
  }

  private async execute(group: Waiting<I, O>[]): Promise<void> {
    try {
      const out = await this.run(group.map((w) => w.item));
      group.forEach((w, i) => w.resolve(out[i]!));
    } catch (err) {
      if (group.length === 1) return group[0]!.reject(err);
      for (const w of group) {
        try {
          const [out] = await this.run([w.item]);
          w.resolve(out!);
        } catch (alone) {
          w.reject(alone);
        }
      }
    }
  }
}
