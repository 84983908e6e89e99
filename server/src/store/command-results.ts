import type { Db } from './database.ts';

/** Stored acks by (principal, requestId): a repeated command gets the first answer back. */
export class CommandResults {
  private readonly select;
  private readonly insert;

  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;

    this.select = db.prepare('SELECT ack FROM command_results WHERE principal_id = ? AND request_id = ?');
    this.insert = db.prepare(
      'INSERT INTO command_results (principal_id, request_id, command, ack, at) VALUES (?, ?, ?, ?, ?)',
    );
  }

  find(principalId: string, requestId: string): unknown {
    const row = this.select.get(principalId, requestId) as { ack: string } | undefined;
    return row === undefined ? undefined : (JSON.parse(row.ack) as unknown);
  }

  /** Retries come within seconds; old acks only take space. */
  purgeOlderThan(at: number): number {
    return this.db.prepare('DELETE FROM command_results WHERE at < ?').run(at).changes;
  }

  save(principalId: string, requestId: string, command: string, ack: unknown, at: number): void {
    this.insert.run(principalId, requestId, command, JSON.stringify(ack), at);
  }
}
