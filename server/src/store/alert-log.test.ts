import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Alert } from '@lobby/shared';
import { openDatabase, type Db } from './database.ts';
import { migrate } from './migrations.ts';
import { createAlertLog } from './alert-log.ts';

const alert = (id: string, over: Partial<Alert> = {}): Alert => ({
  id,
  kind: 'counter_offline',
  laneId: null,
  counterId: 'c3',
  ticketId: null,
  message: { zh: '3 号窗口离线', en: 'Counter 3 offline' },
  suggestion: null,
  raisedAt: 1000,
  acknowledgedBy: null,
  acknowledgedAt: null,
  ...over,
});

describe('alert log', () => {
  let dir: string;
  let db: Db;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'alert-log-'));
    db = openDatabase(dir);
    migrate(db);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every raise, acknowledgement and clear, with who and when', () => {
    const log = createAlertLog(db);
    const a = alert('a1');
    log.append([{ alertId: 'a1', action: 'raised', actorId: null, at: 1000, alert: a }]);
    log.append([
      {
        alertId: 'a1',
        action: 'acknowledged',
        actorId: 'lobby-1',
        at: 2000,
        alert: { ...a, acknowledgedBy: 'lobby-1', acknowledgedAt: 2000 },
      },
    ]);
    log.append([{ alertId: 'a1', action: 'cleared', actorId: null, at: 3000, alert: a }]);
    expect(log.history('a1').map((e) => [e.action, e.actorId, e.at])).toEqual([
      ['raised', null, 1000],
      ['acknowledged', 'lobby-1', 2000],
      ['cleared', null, 3000],
    ]);
  });

  it('rebuilds the open alerts, as last logged, after a restart', () => {
    const log = createAlertLog(db);
    log.append([
      { alertId: 'a1', action: 'raised', actorId: null, at: 1000, alert: alert('a1') },
      { alertId: 'a2', action: 'raised', actorId: null, at: 1000, alert: alert('a2', { counterId: 'c4' }) },
    ]);
    log.append([
      {
        alertId: 'a1',
        action: 'acknowledged',
        actorId: 'lobby-1',
        at: 2000,
        alert: alert('a1', { acknowledgedBy: 'lobby-1', acknowledgedAt: 2000 }),
      },
    ]);
    log.append([
      { alertId: 'a2', action: 'cleared', actorId: null, at: 2500, alert: alert('a2', { counterId: 'c4' }) },
    ]);
    expect(createAlertLog(db).openAlerts()).toEqual([alert('a1', { acknowledgedBy: 'lobby-1', acknowledgedAt: 2000 })]);
  });
});
