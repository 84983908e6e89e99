import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { runKiosk, runTeller, seededRandom, sleep } from './support/actors.ts';
import { CommandLog } from './support/command-log.ts';
import { FaultProxy } from '../../bench/src/common/fault-proxy.ts';
import { businessTypesByLane } from './support/load-branch.ts';
import { MirrorClient } from './support/mirror-client.ts';
import { connectTo } from './support/socket-client.ts';
import { divergence } from './support/state-compare.ts';

/**
 * Clients behind a misbehaving TCP proxy (latency, connections cut, all traffic held for
 * NET_PAUSE_MS — default 3 s, 120 s in the full run) and clients whose own socket is
 * closed under them, while a kiosk and two tellers keep the branch busy. Every client must
 * end with exactly the server's state, having applied every event once, in order.
 */
const FAULT_SECONDS = Number(process.env.FAULT_SECONDS ?? 10);
const PAUSE_MS = Number(process.env.NET_PAUSE_MS ?? 3000);
const SEED = Number(process.env.FAULT_SEED ?? 11);

let server: TestServer;
let proxy: FaultProxy;
beforeAll(async () => {
  server = await startTestServer();
  proxy = new FaultProxy(server.port);
});
afterAll(async () => {
  await proxy?.close();
  await server?.close();
});

test(
  `dropped, delayed and paused (${PAUSE_MS} ms) clients converge to the server's state, every event once`,
  async () => {
    const proxyUrl = `http://127.0.0.1:${await proxy.listen()}`;
    const lobbyToken = await server.login('lobby');
    const mirrors = {
      lobbyViaProxy: await MirrorClient.attach(await connectTo(proxyUrl, lobbyToken)),
      displayViaProxy: await MirrorClient.attach(await connectTo(proxyUrl, server.deviceToken('display'))),
      lobbyClosedByClient: await MirrorClient.attach(await connectTo(server.url, lobbyToken)),
      displayClosedByClient: await MirrorClient.attach(await connectTo(server.url, server.deviceToken('display'))),
    };
    const log = new CommandLog(5000);
    let stop = false;
    const ctl = { deadline: Date.now() + FAULT_SECONDS * 1000 + PAUSE_MS + 30_000, stopped: () => stop };
    const kiosk = await server.connect(server.deviceToken('kiosk'));
    const direct = {
      socket: await server.connect(await server.login('teller1')),
      principal: 'teller1',
      counterId: 'c2',
    };
    const proxied = {
      socket: await connectTo(proxyUrl, await server.login('teller2')),
      principal: 'teller2',
      counterId: 'c3',
    };
    const load = Promise.all([
      runKiosk(
        { socket: kiosk, principal: 'kiosk' },
        businessTypesByLane(server.app.ctx.config()),
        log,
        [],
        seededRandom(SEED),
        ctl,
        [40, 120],
      ),
      runTeller(direct, log, seededRandom(SEED + 1), ctl),
      runTeller(proxied, log, seededRandom(SEED + 2), ctl),
    ]);

    const rand = seededRandom(SEED + 3);
    const faults: string[] = [];
    try {
      const until = Date.now() + FAULT_SECONDS * 1000;
      let step = 0;
      while (Date.now() < until) {
        switch (step++ % 5) {
          case 0:
            proxy.latencyMs = 20 + Math.round(rand() * 300);
            faults.push(`latency ${proxy.latencyMs}`);
            break;
          case 1:
            proxy.drop();
            faults.push('drop');
            break;
          case 2:
            mirrors.lobbyClosedByClient.socket.io.engine.close();
            mirrors.displayClosedByClient.socket.io.engine.close();
            faults.push('engine.close');
            break;
          case 3:
            proxy.pause();
            await sleep(PAUSE_MS);
            proxy.resume();
            faults.push(`pause ${PAUSE_MS}`);
            break;
          case 4:
            for (const m of [mirrors.lobbyClosedByClient, mirrors.displayClosedByClient]) m.socket.disconnect();
            await sleep(300 + rand() * 700);
            for (const m of [mirrors.lobbyClosedByClient, mirrors.displayClosedByClient]) m.socket.connect();
            proxy.latencyMs = 0;
            faults.push('disconnect+connect');
            break;
        }
        await sleep(300 + rand() * 900);
      }
    } finally {
      proxy.latencyMs = 0;
      proxy.resume();
      stop = true;
      await load;
    }

    const lastSeq = server.app.ctx.queue.lastSeq;
    await Promise.all(Object.values(mirrors).map((m) => m.waitFor(lastSeq, 30_000)));
    const staff = await server.command(await server.connect(lobbyToken), 'snapshot:get', {});
    const pub = await server.command(kiosk, 'snapshot:get', {});
    console.log(
      `faults: ${faults.join(', ')}; seq ${lastSeq}; ${JSON.stringify(log.countsByCode())}; ` +
        Object.entries(mirrors)
          .map(
            ([k, m]) =>
              `${k} syncs ${m.stats.syncRequests} reconnects ${m.stats.reconnects} dup-dropped ${m.stats.duplicatesDropped}`,
          )
          .join('; '),
    );
    expect(staff.ok && pub.ok).toBe(true);
    if (!staff.ok || !pub.ok) return;
    expect(lastSeq).toBeGreaterThan(10);
    for (const [name, m] of Object.entries(mirrors)) {
      const snap = name.startsWith('lobby') ? staff.data : pub.data;
      expect(divergence(m, snap), `${name} vs server`).toEqual([]);
      expect(m.stats.orderViolations, `${name} applied out of order`).toEqual([]);
      expect(new Set(m.stats.applied).size, `${name} applied an event twice`).toBe(m.stats.applied.length);
    }
    expect(mirrors.lobbyViaProxy.stats.syncRequests, 'the proxied client had to resync').toBeGreaterThan(1);
    expect(log.untyped).toEqual([]);
    for (const m of Object.values(mirrors)) m.socket.disconnect();
  },
  FAULT_SECONDS * 1000 + PAUSE_MS * 3 + 90_000,
);
