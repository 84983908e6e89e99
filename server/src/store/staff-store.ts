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

/** Staff users and their login sessions (only token hashes are stored). */
export class StaffStore {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
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

  openSession(userId: string, now: number): string {
    const token = newToken();
    this.db
      .prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
      .run(hashToken(token), userId, now, now + SESSION_TTL_MS);
    return token;
  }

  /** The active user of a live session, or null. */
  userBySession(token: string, now: number): StaffRecord | null {
    const row = this.db
      .prepare(
        `SELECT u.* FROM sessions s JOIN staff_users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ? AND u.active = 1`,
      )
      .get(hashToken(token), now) as StaffRow | undefined;
    return row ? toRecord(row) : null;
  }

  closeSession(token: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token));
  }
}
