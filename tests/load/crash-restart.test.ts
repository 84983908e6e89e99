import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { LoginResponse } from '@lobby/shared';
import { readDemoDevices } from '../../server/src/seed/demo-seed.ts';
import { demoBranchConfig } from '../../server/src/seed/demo-config.ts';
import {
  runKiosk,
  runLobby,
  runTeller,
  seededRandom,
  sleep,
  type IssuedRecord,
  type TellerClient,
} from './support/actors.ts';
import { freePort, startChildServer, type ChildServer } from '../../bench/src/common/child-server.ts';
import { CommandLog } from './support/command-log.ts';
import { businessTypesByLane } from './support/load-branch.ts';
import {
  ackStoreDisagreements,
  doubleHolding,
  gapsInLog,
  missingAckedEffects,
  readDurableRecord,
  reusedNumbers,
} from './support/log-checks.ts';
import { MirrorClient } from './support/mirror-client.ts';
import { connectTo } from './support/socket-client.ts';
import { divergence } from './support/state-compare.ts';

/**
 * The real server as a child process, SIGKILLed at random moments while 4 tellers, 2 kiosks
 * and the lobby work (CRASH_ROUNDS, default 10; 20 or more in the full run), restarted on the same
 * port and data dir each time. Afterwards every acknowledged ticket exists with its printed
 * number, no number was reused, every ok ack is in the log, and clients that lived through
 * every crash hold exactly the server's state. Commands left unanswered by a crash are resent
 * with the same requestId after the reconnect, so an ack may come from the stored result of a
 * commit the crash hid from the client: it must still be in the log, and every answer (resent
 * or double-clicked) must be the stored one — a command that ran twice would not be.
 */
const ROUNDS = Math.max(1, Number(process.env.CRASH_ROUNDS ?? 10));
const SEED = Number(process.env.CRASH_SEED ?? 7);
const dataDir = mkdtempSync(join(tmpdir(), 'lobby-crash-'));
let server: ChildServer | null = null;

afterAll(async () => {
  await server?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function login(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  return ((await res.json()) as LoginResponse).token;
}

test(
  `SIGKILL ${ROUNDS}× under load: acked tickets survive, no number reused, clients resync`,
  { timeout: ROUNDS * 40_000 + 90_000 },
  async () => {
    const port = await freePort();
    server = await startChildServer({ dataDir, port });
    const url = server.url;
    const devices = readDemoDevices(dataDir);
    const kioskToken = devices.find((d) => d.kind === 'kiosk')!.token;
    const displayToken = devices.find((d) => d.kind === 'display')!.token;

    const tellers: TellerClient[] = [];
    for (const [i, counterId] of ['c2', 'c3', 'c6', 'c8'].entries()) {
      const name = `teller${i + 1}`;
      tellers.push({ socket: await connectTo(url, await login(url, name, 'teller123')), principal: name, counterId });
    }
    const kiosks = [await connectTo(url, kioskToken), await connectTo(url, kioskToken)];
    const lobbySocket = await connectTo(url, await login(url, 'lobby', 'lobby123'));
    const lobby = await MirrorClient.attach(lobbySocket);
    const display = await MirrorClient.attach(await connectTo(url, displayToken));

    const log = new CommandLog(5000, true);
    const issued: IssuedRecord[] = [];
    const lanes = businessTypesByLane(demoBranchConfig());
    let stop = false;
    const ctl = { deadline: Date.now() + 10 * 60_000, stopped: () => stop };
    const load = Promise.all([
      ...tellers.map((t, i) => runTeller(t, log, seededRandom(SEED + i), ctl)),
      ...kiosks.map((socket, i) =>
        runKiosk({ socket, principal: 'kiosk' }, lanes, log, issued, seededRandom(SEED + 50 + i), ctl, [20, 80]),
      ),
      runLobby(lobbySocket, 'lobby', lobby, ['c2', 'c3', 'c6', 'c8'], log, seededRandom(SEED + 99), ctl),
    ]);

    const rand = seededRandom(SEED + 1000);
    const reconnected = async (n: number) => {
      const deadline = Date.now() + 60_000;
      while ((lobby.stats.reconnects < n || display.stats.reconnects < n) && Date.now() < deadline) await sleep(50);
    };
    const restartMs: number[] = [];
    try {
      for (let round = 1; round <= ROUNDS; round++) {
        // Let the clients reconnect (a state, not a time: restarts are slow on a loaded
        // machine) and work, then pull the plug at a random moment.
        await reconnected(round - 1);
        await sleep(600 + rand() * 1800);
        await server.kill('SIGKILL');
        await sleep(rand() * 300);
        server = await startChildServer({ dataDir, port });
        restartMs.push(server.startMs);
      }
      await reconnected(ROUNDS);
      await sleep(1500);
    } finally {
      stop = true;
      await load;
    }

    const health = (await (await fetch(`${url}/healthz`)).json()) as { seq: number };
    await Promise.all([lobby.waitFor(health.seq, 15_000), display.waitFor(health.seq, 15_000)]);
    const staffSnap = await lobbySocket.timeout(5000).emitWithAck('snapshot:get', {});
    const publicSnap = await display.socket.timeout(5000).emitWithAck('snapshot:get', {});
    const durable = readDurableRecord(dataDir);
    console.log(
      `crash ${ROUNDS} rounds: ${log.records.length} commands ${JSON.stringify(log.countsByCode())}; ${issued.length} issued; ${durable.events.length} events; ` +
        `restart ${restartMs.map((ms) => Math.round(ms)).join('/')} ms; lobby resyncs ${lobby.stats.syncRequests}, reconnects ${lobby.stats.reconnects}`,
    );

    expect(lobby.stats.reconnects, 'clients lived through the crashes').toBeGreaterThanOrEqual(ROUNDS);
    expect(issued.length).toBeGreaterThan(ROUNDS);
    const stored = new Map(durable.tickets.map((t) => [t.id, t]));
    const lostTickets = issued.filter((t) => stored.get(t.ticketId)?.number !== t.number).map((t) => t.number);
    expect(lostTickets, 'acknowledged tickets missing after a crash').toEqual([]);
    expect(reusedNumbers(durable.tickets), 'numbers reused').toEqual([]);
    expect(
      reusedNumbers(issued.map((t) => ({ id: t.ticketId, businessDate: 'today', laneId: t.laneId, number: t.number }))),
      'a number printed twice',
    ).toEqual([]);
    expect(gapsInLog(durable.events), 'event log gaps').toEqual([]);
    expect(doubleHolding(durable.events)).toEqual([]);
    expect(missingAckedEffects(log.records, durable), 'acked effects lost').toEqual([]);
    expect(log.idempotencyViolations, 'double-clicks answered differently').toEqual([]);
    expect(ackStoreDisagreements(log.records, durable), 'answers unlike the stored result').toEqual([]);
    expect(log.untyped).toEqual([]);
    expect(staffSnap.ok && publicSnap.ok).toBe(true);
    if (staffSnap.ok) expect(divergence(lobby, staffSnap.data), 'lobby client vs server after the crashes').toEqual([]);
    if (publicSnap.ok)
      expect(divergence(display, publicSnap.data), 'display client vs server after the crashes').toEqual([]);
    for (const m of [lobby, display]) expect(m.stats.orderViolations).toEqual([]);
    for (const s of [...tellers.map((t) => t.socket), ...kiosks, lobbySocket, display.socket]) s.disconnect();
  },
);
