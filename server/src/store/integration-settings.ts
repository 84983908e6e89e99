import type { Db } from './database.ts';

/** Integration settings (migration 071): one JSON value per name; the features own their shapes. */
export class IntegrationSettings {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  get(name: string): unknown {
    const row = this.db.prepare('SELECT value FROM integration_settings WHERE name = ?').get(name) as
      { value: string } | undefined;
    return row ? (JSON.parse(row.value) as unknown) : undefined;
  }

  put(name: string, value: unknown): void {
    this.db
      .prepare(
        'INSERT INTO integration_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
      )
      .run(name, JSON.stringify(value));
  }
}
