import type { DeviceKind } from '@lobby/shared';
import { hashToken, newId, newToken } from '../auth/tokens.ts';
import type { Db } from './database.ts';

export interface DeviceRecord {
  id: string;
  kind: DeviceKind;
  name: string;
  counterId: string | null;
  createdAt: number;
  revokedAt: number | null;
  /** The token's last use (a connect, a request, a command), to the minute; null: never used. */
  lastUsedAt: number | null;
}

/** A device's last use is written at most once a minute (a kiosk issues many tickets). */
const TOUCH_EVERY_MS = 60_000;

interface DeviceRow {
  id: string;
  kind: DeviceKind;
  name: string;
  counter_id: string | null;
  created_at: number;
  revoked_at: number | null;
  last_used_at: number | null;
}

const toRecord = (r: DeviceRow): DeviceRecord => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  counterId: r.counter_id,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});

/** Paired kiosks, displays and evaluators. The pairing token is returned once, stored hashed. */
export class DeviceStore {
  private readonly db: Db;
  // Every device command checks its token: prepared once, not on each call.
  private readonly selectByToken;
  private readonly touchDevice;

  constructor(db: Db) {
    this.db = db;
    this.selectByToken = db.prepare('SELECT * FROM devices WHERE token_hash = ? AND revoked_at IS NULL');
    this.touchDevice = db.prepare('UPDATE devices SET last_used_at = ? WHERE id = ?');
  }

  pair(
    input: { kind: DeviceKind; name: string; counterId: string | null },
    now: number,
  ): { device: DeviceRecord; token: string } {
    const id = newId('dev');
    const token = newToken();
    this.db
      .prepare('INSERT INTO devices (id, kind, name, counter_id, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, input.kind, input.name, input.counterId, hashToken(token), now);
    return {
      device: {
        id,
        kind: input.kind,
        name: input.name,
        counterId: input.counterId,
        createdAt: now,
        revokedAt: null,
        lastUsedAt: null,
      },
      token,
    };
  }

  /** The live device of a token; a use is recorded as its last use. */
  byToken(token: string, now: number): DeviceRecord | null {
    const row = this.selectByToken.get(hashToken(token)) as DeviceRow | undefined;
    if (!row) return null;
    if (row.last_used_at === null || row.last_used_at <= now - TOUCH_EVERY_MS) {
      this.touchDevice.run(now, row.id);
      row.last_used_at = now;
    }
    return toRecord(row);
  }

  /** A new token for a live device (answered once); the old one is refused from now on. Null: no such live device. */
  rotate(id: string): { device: DeviceRecord; token: string } | null {
    const token = newToken();
    const changed = this.db
      .prepare('UPDATE devices SET token_hash = ? WHERE id = ? AND revoked_at IS NULL')
      .run(hashToken(token), id).changes;
    if (changed !== 1) return null;
    const row = this.db.prepare('SELECT * FROM devices WHERE id = ?').get(id) as DeviceRow;
    return { device: toRecord(row), token };
  }

  list(): DeviceRecord[] {
    return (this.db.prepare('SELECT * FROM devices ORDER BY created_at').all() as DeviceRow[]).map(toRecord);
  }

  revoke(id: string, now: number): boolean {
    return (
      this.db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now, id).changes ===
      1
    );
  }
}
