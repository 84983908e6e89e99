import { afterEach, describe, expect, it } from 'vitest';
import type { Readiness, WriteHealth } from '@lobby/shared';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';

/**
 * /readyz beside /healthz: ready only while the database takes writes, the last commit
 * succeeded and the disk has room; staff sockets are told (`storage:updated`) when writes
 * fail and when they work again. A full disk is SQLite's SQLITE_FULL: capping the database
 * at its current page count (PRAGMA max_page_count) makes every write that needs a new page
 * fail exactly as it does on a full disk.
 */
let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function readyz(s: TestServer): Promise<{ status: number; body: Readiness }> {
  const res = await fetch(`${s.url}/readyz`);
  return { status: res.status, body: (await res.json()) as Readiness };
}

function healthUpdates(socket: LobbySocket): WriteHealth[] {
  const seen: WriteHealth[] = [];
  socket.on('storage:updated', (h) => seen.push(h));
  return seen;
}

/** Issues tickets until one is refused (the cap leaves the pages' free room to fill first). */
async function issueUntilRefused(s: TestServer, kiosk: LobbySocket): Promise<string> {
  for (let i = 0; i < 2_000; i++) {
    const ack = await s.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });
    if (!ack.ok) return ack.code;
  }
  throw new Error('2000 tickets fitted into a database capped at its size');
}

describe('/readyz and the write-failure push', () => {
  it('is ready on a healthy branch', async () => {
    server = await startTestServer();
    const { status, body } = await readyz(server);
    expect(status).toBe(200);
    expect(body.ready).toBe(true);
    expect(body.checks).toEqual({ dbWritable: true, lastCommitOk: true, diskFree: true });
    expect(body.freeBytes).toBeGreaterThan(body.minFreeBytes);
    expect(body.writes).toEqual({ failing: false, since: null, code: null });
  });

  it('is not ready when the disk has less free space than READY_MIN_FREE_MB', async () => {
    server = await startTestServer({ deps: { readyMinFreeBytes: Number.MAX_SAFE_INTEGER } });
    const { status, body } = await readyz(server);
    expect(status).toBe(503);
    expect(body.checks).toEqual({ dbWritable: true, lastCommitOk: true, diskFree: false });
    // The healthz liveness answer does not change: the process runs.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('goes 503 and tells staff when the database is full, and back when writes work again', async () => {
    server = await startTestServer();
    const s = server;
    const lobby = await s.connect(await s.login('lobby'));
    const updates = healthUpdates(lobby);
    const kiosk = await s.connect(s.deviceToken('kiosk'));
    const admin = await s.connect(await s.login('admin'));
    const adminUpdates = healthUpdates(admin);
    const db = s.app.ctx.db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);

    expect(await issueUntilRefused(s, kiosk)).toBe('INTERNAL');
    await expect.poll(() => updates.at(-1)?.failing).toBe(true);
    expect(updates.at(-1)?.code).toBe('SQLITE_FULL');
    const down = await readyz(s);
    expect(down.status).toBe(503);
    expect(down.body.checks.lastCommitOk).toBe(false);
    expect(down.body.writes).toMatchObject({ failing: true, code: 'SQLITE_FULL' });

    // A screen that connects while writes fail is told at once.
    adminUpdates.length = 0;
    admin.disconnect();
    admin.connect();
    await expect.poll(() => adminUpdates.at(-1)?.failing).toBe(true);

    db.pragma('max_page_count = 1073741823');
    const ack = await s.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });
    expect(ack.ok).toBe(true);
    await expect.poll(() => updates.at(-1)?.failing).toBe(false);
    expect(updates.at(-1)).toEqual({ failing: false, since: null, code: null });
    const up = await readyz(s);
    expect(up.status).toBe(200);
    expect(up.body.checks).toEqual({ dbWritable: true, lastCommitOk: true, diskFree: true });
  });
});
