import { describe, expect, it } from 'vitest';
import type { WriteHealth } from '@lobby/shared';
import { storageErrorCode, WriteHealthMonitor } from './write-health-monitor.ts';

const sqliteError = (code: string) => Object.assign(new Error('database or disk is full'), { code });

function monitor() {
  let now = 1_000;
  const changes: WriteHealth[] = [];
  const m = new WriteHealthMonitor(
    () => now,
    (h) => changes.push(h),
  );
  return { m, changes, later: (ms: number) => (now += ms) };
}

describe('WriteHealthMonitor', () => {
  it('fails with the first failure time and the latest code, and recovers on a commit that wrote', () => {
    const { m, changes, later } = monitor();
    m.batchFailed(sqliteError('SQLITE_FULL'));
    later(5_000);
    m.batchCommitted({ events: 0, errors: [sqliteError('SQLITE_IOERR_WRITE')] });
    expect(m.current()).toEqual({ failing: true, since: 1_000, code: 'SQLITE_IOERR_WRITE' });
    expect(m.lastCommitOk).toBe(false);
    // A tick that wrote nothing proves nothing.
    m.batchCommitted({ events: 0, errors: [] });
    expect(m.current().failing).toBe(true);
    m.batchCommitted({ events: 2, errors: [] });
    expect(m.current()).toEqual({ failing: false, since: null, code: null });
    expect(changes.map((c) => c.code)).toEqual(['SQLITE_FULL', 'SQLITE_IOERR_WRITE', null]);
  });

  it('keeps failing while the probe works but the queue commits still fail', () => {
    const { m } = monitor();
    m.batchFailed(sqliteError('SQLITE_FULL'));
    expect(m.runProbe(() => undefined)).toBe(true);
    expect(m.current().failing).toBe(true);
    expect(
      m.runProbe(() => {
        throw sqliteError('SQLITE_READONLY');
      }),
    ).toBe(false);
    m.batchCommitted({ events: 1, errors: [] });
    expect(m.current()).toMatchObject({ failing: true, code: 'SQLITE_READONLY' });
    m.runProbe(() => undefined);
    expect(m.current().failing).toBe(false);
  });

  it('does not count a command that threw a bug as a write failure', () => {
    const { m, changes } = monitor();
    m.batchCommitted({ events: 1, errors: [new TypeError('x is undefined')] });
    expect(changes).toEqual([]);
    expect(storageErrorCode(new TypeError('x'))).toBeNull();
    expect(storageErrorCode(sqliteError('SQLITE_BUSY'))).toBe('SQLITE_BUSY');
  });
});
