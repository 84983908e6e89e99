import { hostname, networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { ProbeTally } from './support/probe-tally.ts';
import { rawRequest, upgradeHeaders } from './support/raw-http.ts';

/**
 * Finding 7 (DNS rebinding): socket.io polling accepted `Host: evil.example:PORT` with a
 * matching Origin, so a page from a name the attacker re-points at the branch server could
 * talk to it. Every HTTP request and every socket.io handshake (polling and upgrade) now
 * names one of the branch's allowed hosts: ALLOWED_HOSTS, else the server's own addresses
 * and host name, plus localhost.
 */
const tally = new ProbeTally(import.meta.filename);
afterAll(() => tally.report());

const PATHS = [
  '/healthz',
  '/api/v1/queue',
  '/api/auth/me',
  '/kiosk/',
  '/',
  '/t/abc',
  '/socket.io/?EIO=4&transport=polling',
];

function ownAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .map((a) => (a.family === 'IPv6' ? `[${a.address}]` : a.address));
}

describe('default allowed hosts', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  test.each(['evil.example', 'branch.evil.example', '10.66.66.66', 'localhost.evil.example'])(
    'Host %s is refused on every HTTP path and on both socket.io transports',
    async (name) => {
      const host = `${name}:${server.port}`;
      const origin = `http://${host}`;
      for (const path of PATHS) {
        const res = await rawRequest(server.port, path, { host, origin });
        tally.record('HTTP request under a foreign Host', res.status === 421);
        expect(res.status, path).toBe(421);
        expect(JSON.parse(res.body), path).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
      const upgrade = await rawRequest(
        server.port,
        '/socket.io/?EIO=4&transport=websocket',
        upgradeHeaders(host, origin),
      );
      tally.record('socket.io upgrade under a foreign Host', upgrade.status !== 101);
      expect(upgrade.status).not.toBe(101);
    },
  );

  test("the server's own names and addresses are accepted", async () => {
    const names = ['localhost', '127.0.0.1', hostname(), ...ownAddresses()];
    for (const name of names) {
      const host = `${name}:${server.port}`;
      const res = await rawRequest(server.port, '/healthz', { host });
      expect(res.status, host).toBe(200);
      const polling = await rawRequest(server.port, '/socket.io/?EIO=4&transport=polling', { host });
      expect(polling.status, host).toBe(200);
      // Same-origin browsers send Origin too.
      const upgrade = await rawRequest(
        server.port,
        '/socket.io/?EIO=4&transport=websocket',
        upgradeHeaders(host, `http://${host}`),
      );
      expect(upgrade.status, host).toBe(101);
    }
  });
});

describe('ALLOWED_HOSTS names the branch', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      deps: { allowedHosts: ['queue.branch.lan', '.hall.branch.lan'] },
      config: (c) => ({ ...c, branch: { ...c.branch, mobileBaseUrl: 'https://m.bank.example/branch-12' } }),
    });
  });
  afterAll(async () => server?.close());

  test('listed names (and subdomains of a leading-dot entry) are accepted; unlisted ones refused', async () => {
    for (const name of ['queue.branch.lan', 'QUEUE.branch.lan', 'a.hall.branch.lan', 'localhost', '127.0.0.1'])
      expect((await rawRequest(server.port, '/healthz', { host: `${name}:${server.port}` })).status, name).toBe(200);
    // The public mobile ticket address of the branch's config is the branch's own name too.
    expect((await rawRequest(server.port, '/healthz', { host: 'm.bank.example' })).status).toBe(200);
    for (const name of ['branch.lan', 'evilqueue.branch.lan', 'hall.branch.lan.evil.example', 'xhall.branch.lan']) {
      const res = await rawRequest(server.port, '/healthz', { host: `${name}:${server.port}` });
      tally.record('HTTP request under a name outside ALLOWED_HOSTS', res.status === 421);
      expect(res.status, name).toBe(421);
    }
  });
});
