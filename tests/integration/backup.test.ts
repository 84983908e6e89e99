import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backupDatabase,
  checkDatabaseFile,
  listBackups,
  pruneBackups,
  restoreDatabase,
  RestoreError,
} from '../../server/src/store/backup.ts';
import { openBranchStore } from '../../server/src/store/branch-store.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Online backup under load and restore: the backup is one consistent snapshot taken while
 * a kiosk keeps issuing, the restore brings back exactly the state the branch had at that
 * snapshot's last event, and a file that is not a sound branch database is refused.
 */
const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '..', '..');

let server: TestServer;
let scratch: string;
beforeAll(async () => {
  server = await startTestServer();
  scratch = mkdtempSync(join(tmpdir(), 'lobby-backup-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('online backup and restore', () => {
  it('backs up while a kiosk issues tickets; the restore is the state at the backup’s last event', async () => {
    const { store, queue } = server.app.ctx;
    // What the database held after each commit, by the last event's seq.
    const stateAt = new Map<number, string>([[queue.lastSeq, JSON.stringify(store.engineState.load())]]);
    queue.onPublished(() => stateAt.set(queue.lastSeq, JSON.stringify(store.engineState.load())));

    const kiosk = await server.connect(server.deviceToken('kiosk'));
    let issuing = true;
    let issued = 0;
    const load = (async () => {
      while (issuing) {
        const ack = await server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });
        expect(ack.ok).toBe(true);
        issued++;
      }
    })();
    await expect.poll(() => issued, { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
    const backupDir = join(scratch, 'backups');
    const done = await backupDatabase(server.app.ctx.db, backupDir);
    const issuedAtBackup = issued;
    await expect.poll(() => issued, { timeout: 30_000 }).toBeGreaterThan(issuedAtBackup + 3);
    issuing = false;
    await load;

    expect(statSync(done.file).mode & 0o777).toBe(0o600);
    expect(statSync(backupDir).mode & 0o777).toBe(0o700);
    const check = checkDatabaseFile(done.file);
    expect(check).toMatchObject({ ok: true });

    const restoredDir = join(scratch, 'restored');
    restoreDatabase(done.file, restoredDir);
    const restored = openBranchStore(restoredDir, Date.now());
    try {
      const seq = restored.eventLog.lastSeq();
      expect(seq).toBeLessThan(queue.lastSeq); // the kiosk went on after the backup
      expect(stateAt.has(seq)).toBe(true);
      expect(JSON.stringify(restored.engineState.load())).toBe(stateAt.get(seq));
    } finally {
      restored.db.close();
    }
  });

  it('refuses a file that is not a sound branch database of a known schema', async () => {
    const bad = join(scratch, 'not-a-db.sqlite3');
    writeFileSync(bad, 'hello');
    expect(checkDatabaseFile(bad)).toMatchObject({ ok: false });
    expect(() => restoreDatabase(bad, join(scratch, 'x'))).toThrow(RestoreError);

    const good = (await backupDatabase(server.app.ctx.db, join(scratch, 'b2'))).file;
    // A newer release's database: a migration this code does not know.
    const newer = join(scratch, 'newer.sqlite3');
    copyFileSync(good, newer);
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(newer);
    db.prepare(
      "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (999, 'future', 'x', 0)",
    ).run();
    db.close();
    expect(checkDatabaseFile(newer)).toEqual({
      ok: false,
      problem: 'schema version 999 (future) is from a newer release',
    });
    // A damaged file: a page in the middle overwritten.
    const damaged = join(scratch, 'damaged.sqlite3');
    const bytes = readFileSync(good);
    bytes.fill(0x5a, 4096 * 3, 4096 * 5);
    writeFileSync(damaged, bytes);
    expect(checkDatabaseFile(damaged)).toMatchObject({ ok: false });
  });

  it('keeps the newest BACKUP_KEEP backups', async () => {
    const dir = join(scratch, 'keep');
    for (let i = 0; i < 4; i++) await backupDatabase(server.app.ctx.db, dir, new Date(Date.UTC(2026, 10, 20 + i, 14)));
    expect(pruneBackups(dir, 2).map((f) => basename(f))).toEqual([
      'lobby-20261120-140000.sqlite3',
      'lobby-20261121-140000.sqlite3',
    ]);
    expect(listBackups(dir).map((f) => basename(f))).toEqual([
      'lobby-20261122-140000.sqlite3',
      'lobby-20261123-140000.sqlite3',
    ]);
  });

  it('npm run restore refuses while the server has the database open, and restores once it is stopped', async () => {
    const good = listBackups(join(scratch, 'backups'))[0]!;
    const cli = (args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'server/src/cli/restore.ts', ...args], {
        cwd: REPO,
        env: { ...process.env, DATA_DIR: server.dataDir },
      });
    const refused = await cli([good]).catch((err: { code: number; stderr: string }) => err);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(/^Cannot restore: the database in .* is in use/);
    await server.app.close();
    const ok = await cli([good]);
    expect(ok.stdout).toMatch(/^Restored .* tickets, schema \d+\); the database it replaced is kept as /);
  });
});

describe('the nightly backup', () => {
  it('runs once at BACKUP_AT branch time while the branch serves, and keeps BACKUP_KEEP', async () => {
    const dir = join(scratch, 'nightly');
    // The test clock starts at 10:00 in the branch's time zone.
    const branch = await startTestServer({ deps: { backup: { dir, at: { hour: 10, minute: 30 }, keep: 1 } } });
    try {
      branch.clock.advance(29 * 60_000);
      const kiosk = await branch.connect(branch.deviceToken('kiosk'));
      expect((await branch.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' })).ok).toBe(true);
      expect(listBackups(dir)).toEqual([]);
      branch.clock.advance(2 * 60_000);
      await expect.poll(() => listBackups(dir).length, { timeout: 20_000 }).toBe(1);
      const file = listBackups(dir)[0]!;
      expect(checkDatabaseFile(file)).toMatchObject({ ok: true, tickets: 1 });
      // Later ticks the same day write nothing more.
      const ticks = branch.app.ctx.queue.lastSeq;
      expect((await branch.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' })).ok).toBe(true);
      await expect.poll(() => branch.app.ctx.queue.lastSeq).toBeGreaterThan(ticks);
      expect(listBackups(dir)).toEqual([file]);
    } finally {
      await branch.close();
    }
  });
});
