import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { HqSessionUser } from '@lobby/shared';
import type { Pool } from '../db/pool.ts';
import { hashPassword, verifyPassword } from '@lobby/shared/passwords';

/**
 * Head-office users and their sessions: admins (branches, keys, catalogue) and viewers
 * (head office and regional managers: grid, reports, KPI). Only token hashes are stored.
 */
export const HQ_SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const tokenHash = (t: string) => createHash('sha256').update(t).digest('hex');

export class HqUserStore {
  private readonly pool: Pool;

  constructor(pool: Pool) {
    this.pool = pool;
  }

  async count(): Promise<number> {
    return Number((await this.pool.query('SELECT count(*) AS n FROM hq_users')).rows[0].n);
  }

  async create(u: { username: string; name: string; role: HqSessionUser['role']; password: string }, now: number) {
    const id = `hqu_${randomUUID()}`;
    await this.pool.query(
      'INSERT INTO hq_users (id, username, name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [id, u.username, u.name, u.role, hashPassword(u.password), now],
    );
    return id;
  }

  /** A session token for valid credentials, or null. */
  async login(username: string, password: string, now: number): Promise<{ token: string; user: HqSessionUser } | null> {
    const { rows } = await this.pool.query<{
      id: string;
      username: string;
      name: string;
      role: HqSessionUser['role'];
      password_hash: string;
    }>('SELECT id, username, name, role, password_hash FROM hq_users WHERE username = $1', [username]);
    const r = rows[0];
    if (!r || !verifyPassword(password, r.password_hash)) return null;
    const token = randomBytes(32).toString('base64url');
    await this.pool.query('INSERT INTO hq_sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [
      tokenHash(token),
      r.id,
      now + HQ_SESSION_TTL_MS,
    ]);
    await this.pool.query('DELETE FROM hq_sessions WHERE expires_at < $1', [now]);
    return { token, user: { id: r.id, username: r.username, name: r.name, role: r.role } };
  }

  async userForToken(token: string, now: number): Promise<HqSessionUser | null> {
    const { rows } = await this.pool.query<{ id: string; username: string; name: string; role: HqSessionUser['role'] }>(
      `SELECT u.id, u.username, u.name, u.role FROM hq_sessions s JOIN hq_users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [tokenHash(token), now],
    );
    return rows[0] ?? null;
  }

  async logout(token: string): Promise<void> {
    await this.pool.query('DELETE FROM hq_sessions WHERE token_hash = $1', [tokenHash(token)]);
  }
}
