import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readDemoDevices } from '../../server/src/seed/demo-seed.ts';
import { freePort, startChildServer, type ChildServer } from '../../bench/src/common/child-server.ts';
import { connectTo } from './support/socket-client.ts';
import { ackBeforeFsync, parseTrace } from './support/strace-order.ts';

/**
 * Ack after fsync, proven (issue 16.6): the kill -9 test cannot tell synchronous=FULL from
 * OFF (SIGKILL keeps the page cache), so this one runs the real server under `strace -f -y`
 * during a burst of ticket issues from two kiosks and checks the system calls: each issued
 * ticket's id reaches a socket (its ack, its broadcast) only after the WAL write holding it
 * and a completed fsync of the WAL. FSYNC_ISSUES sets the burst (default 40).
 * Needs Debian's `strace` (.ci/run installs it).
 */
const ISSUES = Math.max(4, Number(process.env.FSYNC_ISSUES ?? 40));
const dir = mkdtempSync(join(tmpdir(), 'lobby-fsync-'));
const dataDir = join(dir, 'data');
const traceFile = join(dir, 'server.strace');
let server: ChildServer | null = null;

/** The traced node process: strace's child (killing strace alone would leave it running). */
function tracedPid(stracePid: number): number | null {
  const file = `/proc/${stracePid}/task/${stracePid}/children`;
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim().split(/\s+/)[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

async function stop(s: ChildServer): Promise<void> {
  const pid = tracedPid(s.pid);
  if (pid !== null) process.kill(pid, 'SIGKILL');
  await s.kill('SIGTERM');
}

afterAll(async () => {
  if (server) await stop(server);
  rmSync(dir, { recursive: true, force: true });
});

test('the trace checker places a resumed call where it completes and catches an early send', () => {
  const log = [
    `101 pwrite64(17</d/lobby.sqlite3-wal>, "..t-1..", 4120, 32) = 4120`,
    `101 fdatasync(17</d/lobby.sqlite3-wal> <unfinished ...>`,
    `102 write(23<TCP:[9]>, "42[\\"ticket:issued\\",{\\"id\\":\\"t-2\\"}]", 40) = 40`,
    `101 <... fdatasync resumed>) = 0`,
    `101 writev(23<TCP:[9]>, [{iov_base="43[{\\"ok\\":true,\\"id\\":\\"t-1\\"}]", iov_len=30}], 1) = 30`,
    `101 pwrite64(17</d/lobby.sqlite3-wal>, "..t-2..", 4120, 4152) = 4120`,
  ].join('\n');
  const calls = parseTrace(log);
  expect(calls.map((c) => c.name)).toEqual(['pwrite64', 'write', 'fdatasync', 'writev', 'pwrite64']);
  expect(ackBeforeFsync(calls, ['t-1'])).toEqual([]);
  expect(ackBeforeFsync(calls, ['t-2'])).toEqual(['t-2: sent at line 2 before any WAL write holding it']);
  expect(ackBeforeFsync(parseTrace(log.replace('fdatasync(', 'fstat(')), ['t-1'])[0]).toMatch(/no WAL fsync/);
});

test(
  `under strace: ${ISSUES} issued tickets reach a socket only after the fsync of the WAL holding them`,
  { timeout: 180_000 },
  async () => {
    server = await startChildServer({
      dataDir,
      port: await freePort(),
      readyTimeoutMs: 120_000,
      // -f: every thread; -y: the file or socket behind each fd; -s: whole WAL frames and packets.
      wrapper: [
        'strace',
        '-f',
        '-y',
        '-s',
        '70000',
        '-e',
        'trace=pwrite64,pwritev,write,writev,sendto,sendmsg,fsync,fdatasync',
        '-o',
        traceFile,
      ],
    });
    const kioskToken = readDemoDevices(dataDir).find((d) => d.kind === 'kiosk')!.token;
    const kiosks = [await connectTo(server.url, kioskToken), await connectTo(server.url, kioskToken)];
    // A burst: every issue in flight at once, so commits carry several commands each.
    const acks = await Promise.all(
      Array.from({ length: ISSUES }, (_, i) =>
        kiosks[i % 2]!.timeout(30_000).emitWithAck('ticket:issue', {
          requestId: randomUUID(),
          laneId: 'A',
          businessTypeId: 'cash',
          priorityGroupId: null,
        }),
      ),
    );
    for (const k of kiosks) k.disconnect();
    await stop(server);
    server = null;

    const ids = acks.flatMap((a) => (a.ok ? [a.data.ticket.id] : []));
    expect(ids.length, `issue acks: ${JSON.stringify(acks.filter((a) => !a.ok).slice(0, 3))}`).toBe(ISSUES);
    const calls = parseTrace(readFileSync(traceFile, 'utf8'));
    const walSyncs = calls.filter((c) => c.fdTarget.endsWith('-wal') && /^f(data)?sync$/.test(c.name)).length;
    console.log(`fsync-order: ${ids.length} issues, ${calls.length} traced calls, ${walSyncs} WAL syncs`);
    expect(ackBeforeFsync(calls, ids)).toEqual([]);
  },
);
