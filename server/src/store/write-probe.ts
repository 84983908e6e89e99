import type { Db } from './database.ts';

/** The readiness probe's one row: rewriting it is a committed, fsynced write like any other. */
export class WriteProbe {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** Writes and commits the probe row; throws what SQLite throws (read-only, full, I/O, locked). */
  write(now: number): void {
    const upsert = this.db.prepare(
      'INSERT INTO write_probe (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at',
    );
    this.db.transaction(() => upsert.run(now)).immediate();
  }
}
