import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { runKiosk, runLobby, runTeller, seededRandom, type IssuedRecord, type TellerClient } from './support/actors.ts';
import { CommandLog } from './support/command-log.ts';
import { businessTypesByLane, loadBranchConfig } from './support/load-branch.ts';
import {
  doubleHolding,
  gapsInLog,
  missingAckedEffects,
  readDurableRecord,
  reusedNumbers,
} from './support/log-checks.ts';
import { MirrorClient } from './support/mirror-client.ts';
import { divergence } from './support/state-compare.ts';
import { createTellers, LOAD_TELLER_PASSWORD, loginAs, pairDevices } from './support/staff-accounts.ts';

/**
 * 20 tellers (8 demo + 12 created through the admin API, one counter each), 10 kiosks
 * (1 demo + 9 paired through the admin API) and a lobby manager hammer one server for
 * LOAD_SECONDS (default 15, ≤ 60 in the full run). Then: numbers unique per lane and date,
 * no ticket ever held by two counters, every ok ack durable, the event log gapless, and
 * the lobby and display clients' event-built state equal to the server's snapshot.
 */
const LOAD_SECONDS = Math.min(60, Number(process.env.LOAD_SECONDS ?? 15));
const TELLERS = 20;
const KIOSKS = 10;
const SEED = Number(process.env.LOAD_SEED ?? 20261124);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ config: (c) => loadBranchConfig(c, TELLERS) });
});
afterAll(async () => {
  await server?.close();
});

test(
  `20 tellers and 10 kiosks for ${LOAD_SECONDS} s: unique numbers, single holder, durable acks, gapless log`,
  { timeout: LOAD_SECONDS * 1000 + 120_000 },
  async () => {
    const admin = await server.login('admin');
    const extra = await createTellers(server.url, admin, 9, TELLERS);
    const kioskTokens = [server.deviceToken('kiosk'), ...(await pairDevices(server.url, admin, 'kiosk', KIOSKS - 1))];

    const tellers: TellerClient[] = [];
    for (let i = 1; i <= TELLERS; i++) {
      const token =
        i <= 8 ? await server.login(`teller${i}`) : await loginAs(server.url, extra[i - 9]!, LOAD_TELLER_PASSWORD);
      tellers.push({
        socket: await server.connect(token),
        principal: i <= 8 ? `teller${i}` : extra[i - 9]!,
        counterId: `c${i}`,
      });
    }
    const kiosks: { socket: LobbySocket; principal: string }[] = [];
    for (const [i, token] of kioskTokens.entries())
      kiosks.push({ socket: await server.connect(token), principal: `kiosk${i + 1}` });
    const lobbySocket = await server.connect(await server.login('lobby'));
    const lobby = await MirrorClient.attach(lobbySocket);
    const display = await MirrorClient.attach(await server.connect(server.deviceToken('display')));

    const log = new CommandLog(20_000);
    const issued: IssuedRecord[] = [];
    const lanes = businessTypesByLane(server.app.ctx.config());
    const ctl = { deadline: Date.now() + LOAD_SECONDS * 1000 };
    const rand = seededRandom(SEED);
    await Promise.all([
      ...tellers.map((t, i) => runTeller(t, log, seededRandom(SEED + i + 1), ctl)),
      ...kiosks.map((k, i) => runKiosk(k, lanes, log, issued, seededRandom(SEED + 100 + i), ctl, [30, 120])),
      runLobby(
        lobbySocket,
        'lobby',
        lobby,
        tellers.map((t) => t.counterId),
        log,
        rand,
        ctl,
      ),
    ]);

    const lastSeq = server.app.ctx.queue.lastSeq;
    await Promise.all([lobby.waitFor(lastSeq, 10_000), display.waitFor(lastSeq, 10_000)]);
    const staffSnap = await server.command(lobbySocket, 'snapshot:get', {});
    const publicSnap = await server.command(display.socket, 'snapshot:get', {});
    const durable = readDurableRecord(server.dataDir);
    const counts = log.countsByCode();
    const unanswered = log.records.filter((r) => r.lost);
    const executedAnyway = unanswered.filter((r) => durable.answeredRequestIds?.has(r.requestId)).length;
    console.log(
      `load ${LOAD_SECONDS}s: ${log.records.length} commands ${JSON.stringify(counts)} (unanswered: ${JSON.stringify(log.lostByCommand())}, of which executed: ${executedAnyway}; ack ms ${JSON.stringify(log.ackLatency())}); ${issued.length} tickets issued; ${durable.events.length} events`,
    );

    expect(issued.length, 'kiosks got tickets').toBeGreaterThan(20);
    expect(counts['ok'] ?? 0).toBeGreaterThan(issued.length);
    expect(log.untyped, 'untyped or INTERNAL acks').toEqual([]);
    expect(log.idempotencyViolations, 'double-clicks answered differently').toEqual([]);
    expect(gapsInLog(durable.events), 'event log gaps').toEqual([]);
    expect(durable.events.length).toBe(lastSeq);
    expect(reusedNumbers(durable.tickets), 'numbers reused in the database').toEqual([]);
    expect(
      reusedNumbers(issued.map((t) => ({ id: t.ticketId, businessDate: 'today', laneId: t.laneId, number: t.number }))),
      'numbers printed twice',
    ).toEqual([]);
    expect(doubleHolding(durable.events), 'a ticket held by two counters').toEqual([]);
    expect(missingAckedEffects(log.records, durable), 'acked effects missing from the database').toEqual([]);
    expect(staffSnap.ok && publicSnap.ok).toBe(true);
    if (staffSnap.ok) expect(divergence(lobby, staffSnap.data), 'lobby client vs server').toEqual([]);
    if (publicSnap.ok) expect(divergence(display, publicSnap.data), 'display client vs server').toEqual([]);
    for (const m of [lobby, display]) expect(m.stats.orderViolations).toEqual([]);
  },
);
