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
}

interface DeviceRow {
  id: string;
  kind: DeviceKind;
  name: string;
  counter_id: string | null;
  created_at: number;
  revoked_at: number | null;
}

const toRecord = (r: DeviceRow): DeviceRecord => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  counterId: r.counter_id,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/** Paired kiosks, displays and evaluators. The pairing token is returned once, stored hashed. */
export class DeviceStore {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
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
      device: { id, kind: input.kind, name: input.name, counterId: input.counterId, createdAt: now, revokedAt: null },
      token,
    };
  }

  byToken(token: string): DeviceRecord | null {
    const row = this.db
      .prepare('SELECT * FROM devices WHERE token_hash = ? AND revoked_at IS NULL')
      .get(hashToken(token)) as DeviceRow | undefined;
    return row ? toRecord(row) : null;
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
