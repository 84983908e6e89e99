import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

/** The evaluator shows who serves the customer; nobody else on the public side learns staff names. */
describe('GET /api/evaluator/teller', () => {
  let server: TestServer;
  const get = async (token: string | null) => {
    const res = await fetch(
      `${server.url}/api/evaluator/teller`,
      token ? { headers: { authorization: `Bearer ${token}` } } : {},
    );
    return { status: res.status, body: (await res.json()) as { ok: boolean; code?: string; data?: unknown } };
  };

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers an evaluator with its own counter's teller, and only that", async () => {
    const evaluatorC2 = server.deviceToken('evaluator', 'c2');
    expect((await get(evaluatorC2)).body).toEqual({ ok: true, data: null });
    const teller = await server.connect(await server.login('teller1'));
    expect(await server.command(teller, 'counter:signOn', { counterId: 'c2' })).toMatchObject({ ok: true });
    expect((await get(evaluatorC2)).body).toEqual({ ok: true, data: { name: '柜员1', staffNo: '1001' } });
    // The evaluator at counter 3 does not learn who sits at counter 2.
    expect((await get(server.deviceToken('evaluator', 'c3'))).body).toEqual({ ok: true, data: null });
    teller.disconnect();
  });

  it('refuses displays, kiosks and anonymous callers', async () => {
    expect(await get(server.deviceToken('display'))).toMatchObject({
      status: 403,
      body: { ok: false, code: 'FORBIDDEN' },
    });
    expect(await get(server.deviceToken('kiosk'))).toMatchObject({
      status: 403,
      body: { ok: false, code: 'FORBIDDEN' },
    });
    expect(await get(null)).toMatchObject({ status: 401, body: { ok: false, code: 'UNAUTHENTICATED' } });
  });
});
