import type { Db } from './database.ts';

/** A text-message code sent to a phone: only the code's HMAC is kept (see features/appointments/verification.ts). */
export interface VerificationRecord {
  id: string;
  purpose: string;
  phoneHash: string;
  phoneSealed: string;
  codeHash: string;
  attempts: number;
  createdAt: number;
  expiresAt: number;
}

interface Row {
  id: string;
  purpose: string;
  phone_hash: string;
  phone_enc: string;
  code_hash: string;
  attempts: number;
  created_at: number;
  expires_at: number;
}

export class VerificationStore {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  insert(v: VerificationRecord): void {
    this.db
      .prepare(
        `INSERT INTO verification_codes (id, purpose, phone_hash, phone_enc, code_hash, attempts, created_at, expires_at)
         VALUES (@id, @purpose, @phoneHash, @phoneSealed, @codeHash, @attempts, @createdAt, @expiresAt)`,
      )
      .run(v);
  }

  byId(id: string): VerificationRecord | null {
    const r = this.db.prepare('SELECT * FROM verification_codes WHERE id = ?').get(id) as Row | undefined;
    return r
      ? {
          id: r.id,
          purpose: r.purpose,
          phoneHash: r.phone_hash,
          phoneSealed: r.phone_enc,
          codeHash: r.code_hash,
          attempts: r.attempts,
          createdAt: r.created_at,
          expiresAt: r.expires_at,
        }
      : null;
  }

  /** A wrong code counts against the code's attempts (kept even when the rest is refused). */
  countAttempt(id: string): void {
    this.db.prepare('UPDATE verification_codes SET attempts = attempts + 1 WHERE id = ?').run(id);
  }

  /** A used code is gone: it cannot hold a second booking. */
  consume(id: string): void {
    this.db.prepare('DELETE FROM verification_codes WHERE id = ?').run(id);
  }

  /** Codes sent to the phone since `since` (the per-phone rate limit survives a restart). */
  sentSince(phoneHash: string, since: number): { count: number; last: number | null } {
    const r = this.db
      .prepare(
        'SELECT COUNT(*) AS n, MAX(created_at) AS last FROM verification_codes WHERE phone_hash = ? AND created_at >= ?',
      )
      .get(phoneHash, since) as { n: number; last: number | null };
    return { count: r.n, last: r.last };
  }

  /** Codes stay a day after they expire (they count for the per-phone limit), then go. */
  purgeExpired(before: number): number {
    return this.db.prepare('DELETE FROM verification_codes WHERE expires_at < ?').run(before).changes;
  }
}
