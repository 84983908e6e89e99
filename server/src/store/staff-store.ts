import type { StaffRole, StaffUser } from '@lobby/shared';
import { hashPassword } from '../auth/passwords.ts';
import { hashToken, newId, newToken } from '../auth/tokens.ts';
import type { Db } from './database.ts';

interface StaffRow {
  id: string;
  username: string;
  name: string;
  role: StaffRole;
  staff_no: string;
  password_hash: string;
  active: number;
  must_change_password: number;
}

export interface StaffRecord extends StaffUser {
  passwordHash: string;
  active: boolean;
}

const toRecord = (r: StaffRow): StaffRecord => ({
  id: r.id,
  username: r.username,
  name: r.name,
  role: r.role,
  staffNo: r.staff_no,
  passwordHash: r.password_hash,
  active: r.active === 1,
  mustChangePassword: r.must_change_password === 1,
});

export const SESSION_TTL_MS = 14 * 60 * 60 * 1000;
/** A session's last use is written at most this often (idle times are minutes; a write per click is waste). */
const TOUCH_EVERY_MS = 15_000;

/** Another live sign-in of the same account (shown on both screens). */
export interface OtherSession {
  /** The session room key (the token's hash), to tell that screen. */
  tokenHash: string;
  createdAt: number;
  lastSeenAt: number;
  address: string | null;
}

/** Staff users and their login sessions (only token hashes are stored). */
export class StaffStore {
  private readonly db: Db;
  // Every staff command checks its session: prepared once, not on each call.
  private readonly selectSession;
  private readonly touchSession;

  constructor(db: Db) {
    this.db = db;
    this.selectSession = db.prepare(
      `SELECT u.*, s.last_seen_at AS session_seen FROM sessions s JOIN staff_users u ON u.id = s.user_id
       WHERE s.token_hash = ? AND s.expires_at > ? AND s.last_seen_at > ? AND u.active = 1`,
    );
    this.touchSession = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?');
  }

  /**
   * `mustChangePassword`: the password was chosen by someone else (an admin, the first start)
   * and its user must replace it at the first sign-in.
   */
  create(
    input: {
      username: string;
      name: string;
      role: StaffRole;
      staffNo: string;
      password: string;
      mustChangePassword: boolean;
    },
    now: number,
  ): StaffUser {
    const id = newId('stf');
    this.db
      .prepare(
        'INSERT INTO staff_users (id, username, name, role, staff_no, password_hash, active, created_at, must_change_password) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)',
      )
      .run(
        id,
        input.username,
        input.name,
        input.role,
        input.staffNo,
        hashPassword(input.password),
        now,
        input.mustChangePassword ? 1 : 0,
      );
    return {
      id,
      username: input.username,
      name: input.name,
      role: input.role,
      staffNo: input.staffNo,
      mustChangePassword: input.mustChangePassword,
    };
  }

  byUsername(username: string): StaffRecord | null {
    const row = this.db.prepare('SELECT * FROM staff_users WHERE username = ?').get(username) as StaffRow | undefined;
    return row ? toRecord(row) : null;
  }

  byId(id: string): StaffRecord | null {
    const row = this.db.prepare('SELECT * FROM staff_users WHERE id = ?').get(id) as StaffRow | undefined;
    return row ? toRecord(row) : null;
  }

  list(): StaffRecord[] {
    return (this.db.prepare('SELECT * FROM staff_users ORDER BY staff_no, username').all() as StaffRow[]).map(toRecord);
  }

  /**
   * Changes an account's role, name or active flag. A new role or a disabled account takes
   * effect now, not at the session's expiry: its sessions end. Call inside a transaction
   * when the change is audited.
   */
  update(
    id: string,
    change: { role?: StaffRole | undefined; name?: string | undefined; active?: boolean | undefined },
  ): void {
    if (change.role) this.db.prepare('UPDATE staff_users SET role = ? WHERE id = ?').run(change.role, id);
    if (change.name) this.db.prepare('UPDATE staff_users SET name = ? WHERE id = ?').run(change.name, id);
    if (change.active !== undefined)
      this.db.prepare('UPDATE staff_users SET active = ? WHERE id = ?').run(change.active ? 1 : 0, id);
    if (change.role || change.active === false) this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(id);
  }

  /**
   * A new password; `mustChangePassword` when someone else chose it (an admin reset,
   * reset-admin), false when the user chose it themselves.
   */
  setPassword(id: string, password: string, opts: { mustChangePassword: boolean; now: number }): void {
    this.db
      .prepare(
        'UPDATE staff_users SET password_hash = ?, must_change_password = ?, password_changed_at = ? WHERE id = ?',
      )
      .run(hashPassword(password), opts.mustChangePassword ? 1 : 0, opts.now, id);
    // A new password ends every open session of that user.
    this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(id);
  }

  /** `address`: the client address it signed in from (shown to the account's other screens). */
  openSession(userId: string, now: number, address: string | null = null): string {
    const token = newToken();
    this.db
      .prepare(
        'INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at, client_address) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(hashToken(token), userId, now, now + SESSION_TTL_MS, now, address);
    return token;
  }

  /**
   * The active user of a live session, or null: a session ends 14 h after sign-in, or after
   * `idleMs` without use. A use counts as activity (written at most every 15 s).
   */
  userBySession(token: string, now: number, idleMs: number): StaffRecord | null {
    const hash = hashToken(token);
    const row = this.selectSession.get(hash, now, now - idleMs) as (StaffRow & { session_seen: number }) | undefined;
    if (!row) return null;
    if (row.session_seen <= now - TOUCH_EVERY_MS) this.touchSession.run(now, hash);
    return toRecord(row);
  }

  /** The user's other live sessions (not `exceptToken`'s), oldest first. */
  otherSessions(userId: string, exceptToken: string, now: number, idleMs: number): OtherSession[] {
    const rows = this.db
      .prepare(
        `SELECT token_hash, created_at, last_seen_at, client_address FROM sessions
         WHERE user_id = ? AND token_hash <> ? AND expires_at > ? AND last_seen_at > ? ORDER BY created_at`,
      )
      .all(userId, hashToken(exceptToken), now, now - idleMs) as {
      token_hash: string;
      created_at: number;
      last_seen_at: number;
      client_address: string | null;
    }[];
    return rows.map((r) => ({
      tokenHash: r.token_hash,
      createdAt: r.created_at,
      lastSeenAt: r.last_seen_at,
      address: r.client_address,
    }));
  }

  /** Deletes the sessions past their end (idle or expired); answers their token hashes, to cut their sockets. */
  endDeadSessions(now: number, idleMs: number): string[] {
    const dead = this.db
      .prepare('SELECT token_hash FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?')
      .pluck()
      .all(now, now - idleMs) as string[];
    if (dead.length > 0)
      this.db.prepare('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?').run(now, now - idleMs);
    return dead;
  }

  closeSession(token: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token));
  }
}
