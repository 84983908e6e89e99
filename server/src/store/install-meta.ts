import type { Db } from './database.ts';

export type InstallMode = 'demo' | 'branch';

/** Facts about this DATA_DIR itself (what it holds), set once at its first start. */
export class InstallMeta {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  mode(): InstallMode | null {
    const row = this.db.prepare("SELECT value FROM install_meta WHERE key = 'mode'").get() as
      { value: string } | undefined;
    return row?.value === 'demo' || row?.value === 'branch' ? row.value : null;
  }

  setMode(mode: InstallMode): void {
    this.db
      .prepare(
        "INSERT INTO install_meta (key, value) VALUES ('mode', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      )
      .run(mode);
  }
}
