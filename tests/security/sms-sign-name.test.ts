import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/fake-sms-gateway.ts';
import { HOSTILE } from './support/hostile-text.ts';
import { request } from './support/http.ts';
import { ProbeTally } from './support/probe-tally.ts';

/**
 * The SMS gateway's 短信签名 (signName) goes in front of every text a customer receives, so
 * it is customer-facing text like any other: the shared safe-text schema refuses control,
 * bidirectional-control and lone-surrogate characters and a signature of only invisible
 * characters. An empty signature (none configured) stays allowed.
 */
let server: TestServer;
let gateway: FakeSmsGateway;
let admin: string;
const tally = new ProbeTally(import.meta.filename);

beforeAll(async () => {
  gateway = await startFakeSmsGateway();
  server = await startTestServer();
  admin = await server.login('admin');
});
afterAll(async () => {
  tally.report();
  await server?.close();
  await gateway?.close();
});

const put = (signName: string) =>
  request(server, 'PUT', '/api/admin/messaging', { token: admin, body: { ...gateway.settings(), signName } });

test('the SMS signName refuses hostile text, and nothing of it is stored', async () => {
  for (const [what, text] of HOSTILE) {
    const res = await put(text);
    const refused = res.status === 400 && (res.body as { code?: string }).code === 'INVALID_PAYLOAD';
    tally.record('SMS gateway signName', refused);
    expect.soft({ status: res.status, body: res.body }, what).toMatchObject({
      status: 400,
      body: { code: 'INVALID_PAYLOAD' },
    });
  }
  const stored = await request(server, 'GET', '/api/admin/messaging', { token: admin });
  expect((stored.body as { data: { signName: string } }).data.signName).toBe('');
});

test('a signature as banks write it is taken, normalised to NFC, and none at all is allowed', async () => {
  const decomposed = '【示范银行e\u0301】';
  expect(await put(` ${decomposed} `)).toMatchObject({
    status: 200,
    body: { data: { signName: '【示范银行\u00E9】' } },
  });
  expect(await put('')).toMatchObject({ status: 200, body: { data: { signName: '' } } });
});
