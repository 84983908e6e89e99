import type { StaffQueueEvent } from '@lobby/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recordEvents, startTestServer, type TestServer } from '../support/server.ts';

describe('presence, ratings and VIP customers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ heartbeat: { pingIntervalMs: 500, pingTimeoutMs: 1000 } });
  });
  afterAll(async () => server?.close());

  test('a teller whose last socket goes away is offline, and online again on reconnect', async () => {
    const lobby = recordEvents(await server.connect(await server.login('lobby')));
    const token = await server.login('teller1');
    const first = await server.connect(token);
    const second = await server.connect(token);
    await server.command(first, 'counter:signOn', { counterId: 'c4' });
    first.disconnect();
    await new Promise((r) => setTimeout(r, 300));
    expect(server.app.ctx.queue.current.counters.get('c4')?.online).toBe(true);
    second.disconnect();
    const offline = (await lobby.waitFor((e) => e.type === 'counter:wentOffline')) as StaffQueueEvent;
    expect(offline.counter).toMatchObject({ id: 'c4', online: false });
    await server.connect(token);
    const online = (await lobby.waitFor((e) => e.type === 'counter:cameOnline')) as StaffQueueEvent;
    expect(online.counter).toMatchObject({ id: 'c4', online: true });
  });

  test('a vanished client (no clean disconnect) is offline within 10 s', async () => {
    const lobby = recordEvents(await server.connect(await server.login('lobby')));
    const teller = await server.connect(await server.login('teller2'));
    await server.command(teller, 'counter:signOn', { counterId: 'c5' });
    const started = Date.now();
    // Kill the transport without a close frame: the server only notices through the heartbeat.
    (
      teller.io.engine as unknown as { transport: { ws: { _socket: { destroy(): void } } } }
    ).transport.ws._socket.destroy();
    teller.io.reconnection(false);
    await lobby.waitFor((e) => e.type === 'counter:wentOffline' && e.counter?.id === 'c5', 10_000);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('the evaluator of the serving counter rates once, within the window', async () => {
    const kiosk = await server.connect(server.deviceToken('kiosk'));
    const teller = await server.connect(await server.login('teller3'));
    const evaluator = await server.connect(server.deviceToken('evaluator', 'c6'));
    const otherEvaluator = await server.connect(server.deviceToken('evaluator', 'c7'));
    const staff = recordEvents(teller);
    await server.command(kiosk, 'ticket:issue', { laneId: 'B', businessTypeId: 'bills' });
    await server.command(teller, 'counter:signOn', { counterId: 'c6' });
    const called = await server.command(teller, 'counter:callNext', { counterId: 'c6' });
    if (!called.ok) throw new Error(called.code);
    const ticketId = called.data.id;
    expect(await server.command(evaluator, 'rating:submit', { ticketId, attitude: 5, efficiency: 4 })).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
    });
    await server.command(teller, 'ticket:start', { counterId: 'c6' });
    await server.command(teller, 'ticket:finish', {
      counterId: 'c6',
      outcome: 'served',
      servedBusinessTypeIds: ['bills'],
    });

    expect(
      await server.command(otherEvaluator, 'rating:submit', { ticketId, attitude: 1, efficiency: 1 }),
    ).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect(await server.command(teller, 'rating:submit', { ticketId, attitude: 1, efficiency: 1 })).toEqual({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await server.command(evaluator, 'rating:submit', { ticketId, attitude: 5, efficiency: 4 })).toEqual({
      ok: true,
      data: { ticketId },
    });
    expect(await server.command(evaluator, 'rating:submit', { ticketId, attitude: 3, efficiency: 3 })).toEqual({
      ok: false,
      code: 'ALREADY_RATED',
    });
    const event = (await staff.waitFor((e) => e.type === 'rating:recorded')) as StaffQueueEvent;
    expect(event.ticket?.id).toBe(ticketId);
    const row = server.app.ctx.db
      .prepare('SELECT attitude, efficiency, counter_id FROM ratings WHERE ticket_id = ?')
      .get(ticketId);
    expect(row).toEqual({ attitude: 5, efficiency: 4, counter_id: 'c6' });

    // A second customer rated too late.
    await server.command(kiosk, 'ticket:issue', { laneId: 'B', businessTypeId: 'bills' });
    const next = await server.command(teller, 'counter:callNext', { counterId: 'c6' });
    if (!next.ok) throw new Error(next.code);
    await server.command(teller, 'ticket:start', { counterId: 'c6' });
    await server.command(teller, 'ticket:finish', { counterId: 'c6', outcome: 'served', servedBusinessTypeIds: [] });
    server.clock.advance(6 * 60 * 1000);
    expect(
      await server.command(evaluator, 'rating:submit', { ticketId: next.data.id, attitude: 5, efficiency: 5 }),
    ).toEqual({ ok: false, code: 'RATING_CLOSED' });
  });

  test('VIP lookup answers only the tier; a VIP ticket goes to the VIP lane and the identifier is stored only as a hash', async () => {
    const kiosk = await server.connect(server.deviceToken('kiosk'));
    const staff = recordEvents(await server.connect(await server.login('lobby')));
    expect(await server.command(kiosk, 'vip:lookup', { vipIdentifier: '6222 0200 0000 0001' })).toEqual({
      ok: true,
      data: { tierId: 'gold', proof: expect.stringMatching(/^[\w-]+\.[\w-]+$/) },
    });
    expect(await server.command(kiosk, 'vip:lookup', { vipIdentifier: '13800000009' })).toEqual({
      ok: true,
      data: { tierId: null, proof: null },
    });
    const issued = await server.command(kiosk, 'ticket:issue', {
      laneId: 'A',
      businessTypeId: 'vip-service',
      vipProof: await server.vipProof(kiosk, '13800000001'),
    });
    expect(issued).toMatchObject({ ok: true, data: { laneId: 'V', vipTierId: 'diamond', ticket: { laneId: 'V' } } });
    // The lobby manager may type a number instead; an unknown one is refused.
    const lobby = await server.connect(await server.login('lobby'));
    expect(
      await server.command(lobby, 'ticket:issue', {
        laneId: 'V',
        businessTypeId: 'vip-service',
        vipIdentifier: '13800000009',
      }),
    ).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    const event = (await staff.waitFor(
      (e) => e.type === 'ticket:issued' && e.ticket?.laneId === 'V',
    )) as StaffQueueEvent;
    expect(event.ticket?.vipTierId).toBe('diamond');

    const db = server.app.ctx.db;
    const dump = JSON.stringify([
      db.prepare('SELECT * FROM event_log').all(),
      db.prepare('SELECT * FROM tickets').all(),
      db.prepare('SELECT * FROM command_results').all(),
      db.prepare('SELECT * FROM vip_customers').all(),
      db.prepare('SELECT * FROM ticket_identifiers').all(),
    ]);
    expect(dump).not.toContain('13800000001');
    expect(dump).not.toContain('6222020000000001');
    const link = db.prepare('SELECT identifier_hash FROM ticket_identifiers').all() as { identifier_hash: string }[];
    expect(link).toHaveLength(1);
    expect(link[0]!.identifier_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
