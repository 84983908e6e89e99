import type { Db } from './database.ts';

/**
 * A secret of this branch kept in its database (branch_secrets), made on first use: keys that
 * never leave the server (identifier HMAC, phone encryption, VAPID, the hall poster's key).
 */
export function branchSecret(db: Db, name: string, make: () => string): string {
  const row = db.prepare('SELECT value FROM branch_secrets WHERE name = ?').get(name) as { value: string } | undefined;
  if (row) return row.value;
  const value = make();
  db.prepare('INSERT INTO branch_secrets (name, value) VALUES (?, ?)').run(name, value);
  return value;
}

/** Replaces a secret (the admin rotates the poster key). */
export function replaceBranchSecret(db: Db, name: string, value: string): void {
  db.prepare(
    'INSERT INTO branch_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
  ).run(name, value);
}
