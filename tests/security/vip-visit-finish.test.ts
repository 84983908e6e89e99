import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { ProbeTally } from './support/probe-tally.ts';

/** Finding 4: any teller could finish any VIP visit (accept had a staff check, finish none). */
let server: TestServer;
let lobby: LobbySocket;
const tally = new ProbeTally(import.meta.filename);

beforeAll(async () => {
  server = await startTestServer();
  lobby = await server.connect(await server.login('lobby'));
});
afterAll(async () => {
  tally.report();
  await server?.close();
});

async function staffId(username: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/me`, {
    headers: { authorization: `Bearer ${await server.login(username)}` },
  });
  return ((await res.json()) as { id: string }).id;
}

/** A visit in room1 (or room2), paged to teller1 and, when `accepted`, in service. */
async function pagedVisit(roomId: string, accepted: boolean, teller1: LobbySocket): Promise<string> {
  const started = await server.command(lobby, 'vipVisit:start', { roomId, ticketId: null, note: '' });
  if (!started.ok) throw new Error(started.code);
  const visitId = started.data.id;
  expect((await server.command(lobby, 'vipVisit:page', { visitId, staffId: await staffId('teller1') })).ok).toBe(true);
  if (accepted) expect((await server.command(teller1, 'vipVisit:accept', { visitId })).ok).toBe(true);
  return visitId;
}

test('a teller who was not paged cannot finish the visit, before or after it was accepted', async () => {
  const teller1 = await server.connect(await server.login('teller1'));
  const others = [
    await server.connect(await server.login('teller2')),
    await server.connect(await server.login('teller3')),
  ];
  for (const accepted of [false, true]) {
    const visitId = await pagedVisit('room1', accepted, teller1);
    for (const other of others) {
      const ack = await server.command(other, 'vipVisit:finish', { visitId });
      tally.record('vipVisit:finish by a teller who was not paged', !ack.ok);
      expect(ack).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    // The paged teller may.
    expect(await server.command(teller1, 'vipVisit:finish', { visitId })).toMatchObject({
      ok: true,
      data: { status: 'finished' },
    });
  }
});

test('the lobby manager and the admin may finish any visit', async () => {
  const teller1 = await server.connect(await server.login('teller1'));
  const admin = await server.connect(await server.login('admin'));
  for (const [who, socket] of [
    ['lobby', lobby],
    ['admin', admin],
  ] as const) {
    const visitId = await pagedVisit('room2', true, teller1);
    expect(await server.command(socket, 'vipVisit:finish', { visitId }), who).toMatchObject({ ok: true });
  }
});
