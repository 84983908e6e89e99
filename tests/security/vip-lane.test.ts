import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_VIPS } from '../../server/src/seed/demo-seed.ts';
import { newRequestId, startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { pairDevice } from './support/devices.ts';
import { request } from './support/http.ts';
import { ProbeTally } from './support/probe-tally.ts';

/**
 * Finding 3: `ticket:issue` with laneId 'V' and no VIP identifier issued V003, and
 * POST /api/v1/tickets issued V004 — queue-jumping at lane weight 4. A ticket in the VIP
 * lane (or any lane the configuration marks restricted) now needs the short-lived proof
 * that vip:lookup returns — signed, bound to the device and the tier, expiring, single
 * use — or a staff issuer.
 */
const tally = new ProbeTally(import.meta.filename);
let server: TestServer;
let kiosk: LobbySocket;
let lobby: LobbySocket;
const VIP = DEMO_VIPS[2]; // 13800000001 → diamond

beforeAll(async () => {
  // Lane B (business) is marked restricted: e.g. business accounts by appointment at reception.
  server = await startTestServer({
    config: (c) => ({ ...c, lanes: c.lanes.map((l) => (l.id === 'B' ? { ...l, restricted: true } : l)) }),
    deps: { vipLookup: { floorMs: 0 } },
  });
  kiosk = await server.connect(server.deviceToken('kiosk'));
  lobby = await server.connect(await server.login('lobby'));
});
afterAll(async () => {
  tally.report();
  await server?.close();
});

async function proofFor(socket: LobbySocket, identifier: string): Promise<string> {
  const ack = await server.command(socket, 'vip:lookup', { vipIdentifier: identifier });
  if (!ack.ok || ack.data.proof === null) throw new Error(`no proof: ${JSON.stringify(ack)}`);
  return ack.data.proof;
}

const issueV = (socket: LobbySocket, extra: Record<string, unknown> = {}) =>
  server.command(socket, 'ticket:issue', { laneId: 'V', businessTypeId: 'vip-service', ...extra });

test('a kiosk cannot issue into the VIP lane or a restricted lane without a proof, over the socket or REST', async () => {
  for (const [laneId, businessTypeId] of [
    ['V', 'vip-service'],
    ['B', 'corp-account'],
  ] as const) {
    const ack = await server.command(kiosk, 'ticket:issue', { laneId, businessTypeId });
    tally.record('ticket:issue into a guarded lane without a proof (socket)', !ack.ok);
    expect(ack, laneId).toMatchObject({ ok: false, code: 'VIP_PROOF_INVALID' });
    const rest = await request(server, 'POST', '/api/v1/tickets', {
      token: server.deviceToken('kiosk'),
      body: { requestId: newRequestId(), laneId, businessTypeId },
    });
    tally.record('POST /api/v1/tickets into a guarded lane without a proof', rest.status === 403);
    expect(rest.status, laneId).toBe(403);
    expect(rest.body, laneId).toMatchObject({ ok: false, code: 'VIP_PROOF_INVALID' });
  }
  // The identifier itself is not a proof: from a kiosk it would be an unlimited lookup.
  const byIdentifier = await issueV(kiosk, { vipIdentifier: VIP.identifier });
  tally.record('ticket:issue from a kiosk with a bare VIP identifier', !byIdentifier.ok);
  expect(byIdentifier).toMatchObject({ ok: false, code: 'VIP_PROOF_INVALID' });
});

test('with a proof from its own lookup the kiosk issues one VIP ticket with the tier', async () => {
  const proof = await proofFor(kiosk, VIP.identifier);
  const ack = await issueV(kiosk, { vipProof: proof });
  expect(ack).toMatchObject({ ok: true, data: { laneId: 'V', vipTierId: VIP.tierId } });
  // Single use: the same proof again is refused, over the socket and over REST.
  const again = await issueV(kiosk, { vipProof: proof });
  tally.record('VIP proof used twice', !again.ok);
  expect(again).toMatchObject({ ok: false, code: 'VIP_PROOF_INVALID' });
  const rest = await request(server, 'POST', '/api/v1/tickets', {
    token: server.deviceToken('kiosk'),
    body: { requestId: newRequestId(), laneId: 'V', businessTypeId: 'vip-service', vipProof: proof },
  });
  expect(rest.status).toBe(403);
});

test('REST takes the same proof', async () => {
  const proof = await proofFor(kiosk, VIP.identifier);
  const rest = await request(server, 'POST', '/api/v1/tickets', {
    token: server.deviceToken('kiosk'),
    body: { requestId: newRequestId(), laneId: 'V', businessTypeId: 'vip-service', vipProof: proof },
  });
  expect(rest.status).toBe(201);
  expect(rest.body).toMatchObject({ ok: true, data: { laneId: 'V', vipTierId: VIP.tierId } });
});

test('a proof is refused from another device, once expired, and when tampered with; a miss gives none', async () => {
  const other = await server.connect((await pairDevice(server, 'kiosk', '二号取号机')).token);
  const stolen = await proofFor(kiosk, VIP.identifier);
  const fromOther = await issueV(other, { vipProof: stolen });
  tally.record('VIP proof replayed from another device', !fromOther.ok);
  expect(fromOther).toMatchObject({ ok: false, code: 'VIP_PROOF_INVALID' });

  const [sealed, tag] = stolen.split('.') as [string, string];
  const flipped = Buffer.from(sealed, 'base64url');
  flipped[20] = flipped[20]! ^ 0x01;
  const otherTag = (await proofFor(kiosk, DEMO_VIPS[0].identifier)).split('.')[1]!;
  const forgeries = [
    `${flipped.toString('base64url')}.${tag}`,
    `${sealed}.${Buffer.alloc(16).toString('base64url')}`,
    `${sealed}.${otherTag}`,
    `${sealed.slice(0, 30)}.${tag}`,
    `${sealed}.${tag}.${tag}`,
    'not-a-proof',
  ];
  for (const forged of forgeries) {
    const ack = await issueV(kiosk, { vipProof: forged });
    tally.record('forged or tampered VIP proof', !ack.ok);
    expect(ack, forged.slice(0, 40)).toMatchObject({ ok: false });
    expect(['VIP_PROOF_INVALID', 'INVALID_PAYLOAD']).toContain((ack as { code: string }).code);
  }

  const late = await proofFor(kiosk, VIP.identifier);
  server.clock.advance(6 * 60_000);
  const expired = await issueV(kiosk, { vipProof: late });
  tally.record('expired VIP proof', !expired.ok);
  expect(expired).toMatchObject({ ok: false, code: 'VIP_PROOF_INVALID' });

  expect(await server.command(kiosk, 'vip:lookup', { vipIdentifier: '13900000000' })).toMatchObject({
    ok: true,
    data: { tierId: null, proof: null },
  });
});

test('a staff issuer needs no proof; the lobby may still enter a VIP number', async () => {
  expect(await issueV(lobby)).toMatchObject({ ok: true, data: { laneId: 'V', vipTierId: null } });
  expect(await server.command(lobby, 'ticket:issue', { laneId: 'B', businessTypeId: 'corp-account' })).toMatchObject({
    ok: true,
  });
  expect(await issueV(lobby, { vipIdentifier: VIP.identifier })).toMatchObject({
    ok: true,
    data: { vipTierId: VIP.tierId },
  });
  // Unrestricted lanes stay open to kiosks.
  expect(await server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' })).toMatchObject({
    ok: true,
  });
});
