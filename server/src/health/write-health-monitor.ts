import type { WriteHealth } from '@lobby/shared';

type Failure = { since: number; code: string };

const STORAGE_CODE = /^SQLITE_(FULL|IOERR|READONLY|BUSY|LOCKED|CANTOPEN|CORRUPT|NOTADB|PERM|NOMEM)/;

/** SQLite's code of an error that means the database could not be written (disk, file, lock). */
export function storageErrorCode(err: unknown): string | null {
  const code = typeof err === 'object' && err !== null && 'code' in err ? (err as { code: unknown }).code : null;
  return typeof code === 'string' && STORAGE_CODE.test(code) ? code : null;
}

/**
 * Whether the database takes writes, from two sources: the queue's commits (what tickets
 * depend on) and the readiness probe (a one-row write, so an idle branch learns too). Each
 * failure holds until ITS source writes again: a probe that works while the queue's commits
 * still fail (a table that cannot grow) keeps the banner up until a ticket is saved.
 */
export class WriteHealthMonitor {
  private commit: Failure | null = null;
  private probe: Failure | null = null;
  private readonly clock: () => number;
  private readonly onChange: (health: WriteHealth) => void;

  constructor(clock: () => number, onChange: (health: WriteHealth) => void) {
    this.clock = clock;
    this.onChange = onChange;
  }

  current(): WriteHealth {
    const failures = [this.commit, this.probe].filter((f): f is Failure => f !== null);
    if (failures.length === 0) return { failing: false, since: null, code: null };
    return {
      failing: true,
      since: Math.min(...failures.map((f) => f.since)),
      code: failures.reduce((a, b) => (b.since >= a.since ? b : a)).code,
    };
  }

  /** The last queue commit that wrote anything is ok (false: a commit failed since). */
  get lastCommitOk(): boolean {
    return this.commit === null;
  }

  /** A committed queue batch: ok when it logged events, failing when a command's write threw a storage error. */
  batchCommitted(batch: { events: number; errors: unknown[] }): void {
    const code = batch.errors.map(storageErrorCode).find((c) => c !== null);
    if (code) this.update(() => (this.commit = this.failure(this.commit, code)));
    else if (batch.events > 0) this.update(() => (this.commit = null));
  }

  /** A queue batch whose transaction failed: nothing of it reached the disk. */
  batchFailed(err: unknown): void {
    const code = storageErrorCode(err) ?? 'COMMIT_FAILED';
    this.update(() => (this.commit = this.failure(this.commit, code)));
  }

  /** Runs the probe write; true when it committed. */
  runProbe(write: () => void): boolean {
    try {
      write();
      this.update(() => (this.probe = null));
      return true;
    } catch (err) {
      const code = storageErrorCode(err) ?? 'PROBE_FAILED';
      this.update(() => (this.probe = this.failure(this.probe, code)));
      return false;
    }
  }

  private failure(previous: Failure | null, code: string): Failure {
    return { since: previous?.since ?? this.clock(), code };
  }

  private update(change: () => void): void {
    const before = this.current();
    change();
    const after = this.current();
    if (before.failing !== after.failing || before.code !== after.code) this.onChange(after);
  }
}
