import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_LOBBY, DEMO_TELLER_PASSWORD } from '../../server/src/seed/demo-seed.ts';
import { newRequestId, startTestServer, type TestServer } from '../support/server.ts';
import { login, request } from './support/http.ts';
import { ProbeTally } from './support/probe-tally.ts';

/**
 * Finding 5: with `trust proxy` on loopback, X-Forwarded-For chose the client address, so a
 * forged header escaped the login lockout and the per-address issue limit. Now no proxy
 * header is trusted unless TRUST_PROXY names the proxy; the lockout holds per account as
 * well as per address; every 429 says when to come back (Retry-After).
 */
const tally = new ProbeTally(import.meta.filename);
afterAll(() => tally.report());

const forged = (i: number) => ({ 'x-forwarded-for': `203.0.113.${i}` });

async function lockOut(server: TestServer, username: string, headersOf: (i: number) => Record<string, string>) {
  for (let i = 0; i < 10; i++) expect((await login(server, username, `guess-${i}`, headersOf(i))).status).toBe(401);
}

describe('no proxy configured (the default)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ issueRateLimit: { perPrincipal: 10_000, perIp: 3, windowSec: 60 } });
  });
  afterAll(async () => server?.close());

  test('a locked-out login stays locked with a forged X-Forwarded-For, and says when to retry', async () => {
    await lockOut(server, 'teller6', () => ({}));
    for (let i = 0; i < 20; i++) {
      const res = await login(server, 'teller6', DEMO_TELLER_PASSWORD, forged(i));
      tally.record('locked-out login with a forged X-Forwarded-For', res.status === 429);
      expect(res.status).toBe(429);
      expect(res.body).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  test('40 ticket issues from 40 forged addresses share the one real address limit', async () => {
    const kiosk = server.deviceToken('kiosk');
    let passed = 0;
    for (let i = 0; i < 40; i++) {
      const res = await request(server, 'POST', '/api/v1/tickets', {
        token: kiosk,
        headers: forged(i),
        body: { requestId: newRequestId(), laneId: 'A', businessTypeId: 'cash' },
      });
      if (res.status === 201) passed++;
      else {
        expect(res.status).toBe(429);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      tally.record('REST ticket issue from a forged address past the limit', i < 3 || res.status === 429);
    }
    expect(passed).toBe(3);
  });
});

describe('TRUST_PROXY names the proxy (loopback here)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ deps: { trustProxy: ['127.0.0.1'] } });
  });
  afterAll(async () => server?.close());

  test('the account locks whichever addresses the guesses come from', async () => {
    // Ten guesses, each from another client address behind the proxy.
    await lockOut(server, 'teller7', forged);
    for (let i = 100; i < 110; i++) {
      const res = await login(server, 'teller7', DEMO_TELLER_PASSWORD, forged(i));
      tally.record('correct password for a locked account from a fresh address', res.status === 429);
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // Other accounts are not affected.
    expect((await login(server, 'teller8', DEMO_TELLER_PASSWORD, forged(200))).status).toBe(200);
  });

  test('one address spraying many accounts is locked out, other addresses are not', async () => {
    const sprayer = forged(250);
    let refused = 0;
    for (let i = 0; i < 60; i++) {
      const res = await login(server, `nobody${i}`, 'guess', sprayer);
      if (res.status === 429) refused++;
      tally.record('password spray over many accounts from one address', res.status === 429);
    }
    expect(refused).toBeGreaterThan(0);
    const blocked = await login(server, DEMO_LOBBY.username, DEMO_LOBBY.password, sprayer);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(server, DEMO_LOBBY.username, DEMO_LOBBY.password, forged(251))).status).toBe(200);
  });
});
