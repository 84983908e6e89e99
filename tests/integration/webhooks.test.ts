import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookDeliveryView } from '@lobby/shared';
import { startWebhookReceiver, validSignature, type FakeWebhookReceiver } from '../support/fake-webhook-receiver.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { api } from './admin-api-support.ts';

/**
 * Webhooks: one outbox row per event and endpoint, written in the event's own transaction;
 * delivered signed, in seq order, at least once, with the branch seq as idempotency key;
 * retried with backoff, dead-lettered after the last try, and sent again from the admin.
 */
describe('webhooks', () => {
  let server: TestServer;
  let receiver: FakeWebhookReceiver;
  let admin: string;
  let kiosk: LobbySocket;
  let secret: string;
  let endpointId: string;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    server = await startTestServer();
    admin = await server.login('admin');
    kiosk = await server.connect(server.deviceToken('kiosk'));
  });
  afterAll(async () => {
    await server?.close();
    await receiver?.close();
  });

  const issue = () =>
    server.command(kiosk, 'ticket:issue', {
      laneId: 'A',
      businessTypeId: 'cash',
      priorityGroupId: null,
      vipIdentifier: null,
    });

  it('an endpoint gets its secret once; events arrive signed, with the branch seq as idempotency key', async () => {
    const created = await api<{ endpoint: { id: string }; secret: string }>(server, admin, 'POST', '/admin/webhooks', {
      url: receiver.url,
      events: ['ticket:issued', 'ticket:called', 'booking:created'],
    });
    expect(created.status).toBe(201);
    secret = created.body.data!.secret;
    endpointId = created.body.data!.endpoint.id;
    const list = await api(server, admin, 'GET', '/admin/webhooks');
    expect(JSON.stringify(list.body)).not.toContain(secret);

    const ticket = await issue();
    if (!ticket.ok) throw new Error(ticket.code);
    await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(1);
    const w = receiver.received[0]!;
    expect(validSignature(w, secret)).toBe(true);
    expect(validSignature(w, 'another secret')).toBe(false);
    expect(w.json).toMatchObject({ type: 'ticket:issued', ticket: { id: ticket.data.ticket.id, channel: 'kiosk' } });
    expect(w.headers['idempotency-key']).toBe(`demo-branch:${w.json.seq}`);
    expect(w.headers['x-lobby-event']).toBe('ticket:issued');
    expect(w.body).not.toMatch(/notes|actorId|reason/);
  });

  it('the outbox row is written with its event, for the events the endpoint wants', async () => {
    await issue();
    await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(2);
    const db = new Database(join(server.dataDir, 'lobby.sqlite3'), { readonly: true });
    try {
      const wanted = db
        .prepare(
          "SELECT seq FROM event_log WHERE type IN ('ticket:issued', 'ticket:called', 'booking:created') ORDER BY seq",
        )
        .all() as { seq: number }[];
      const outbox = db
        .prepare('SELECT seq FROM webhook_deliveries WHERE endpoint_id = ? ORDER BY seq')
        .all(endpointId) as {
        seq: number;
      }[];
      expect(outbox).toEqual(wanted);
    } finally {
      db.close();
    }
  });

  it('a failing endpoint is retried with backoff, in order; dead after the last try; retried from the admin', async () => {
    receiver.status = 500;
    const before = receiver.received.length;
    await issue();
    await issue();
    await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(before + 1);
    // The second event waits behind the first: order is kept.
    await expect
      .poll(async () =>
        (await api<WebhookDeliveryView[]>(server, admin, 'GET', '/admin/webhooks/deliveries?status=pending')).body
          .data!.map((d) => d.attempts)
          .sort(),
      )
      .toEqual([0, 1]);
    const headAttempts = async () =>
      Math.max(
        ...(
          await api<WebhookDeliveryView[]>(server, admin, 'GET', '/admin/webhooks/deliveries?status=pending')
        ).body.data!.map((d) => d.attempts),
      );
    for (let attempt = 2; attempt <= 10; attempt++) {
      // Only once the server has recorded the failed try (and scheduled the next) does time jump.
      await expect.poll(headAttempts, { timeout: 5000 }).toBe(attempt - 1);
      server.clock.advance(3_600_000);
      await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(before + attempt);
    }
    const deadList = async () =>
      (await api<WebhookDeliveryView[]>(server, admin, 'GET', '/admin/webhooks/deliveries?status=dead')).body.data!;
    await expect.poll(async () => (await deadList()).length, { timeout: 5000 }).toBe(1);
    const dead = await api<WebhookDeliveryView[]>(server, admin, 'GET', '/admin/webhooks/deliveries?status=dead');
    expect(dead.body.data![0]).toMatchObject({ attempts: 10, lastStatus: 500 });
    // With the head dead, the next event goes (and fails once).
    await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(before + 11);

    receiver.status = 200;
    const retried = await api<WebhookDeliveryView>(
      server,
      admin,
      'POST',
      `/admin/webhooks/deliveries/${dead.body.data![0]!.id}/retry`,
    );
    expect(retried.body.data).toMatchObject({ status: 'pending', attempts: 0 });
    await expect
      .poll(
        async () =>
          (await api<WebhookDeliveryView[]>(server, admin, 'GET', '/admin/webhooks/deliveries?status=dead')).body.data,
      )
      .toEqual([]);
    server.clock.advance(3_600_000);
    await expect
      .poll(
        async () =>
          (await api<WebhookDeliveryView[]>(server, admin, 'GET', '/admin/webhooks/deliveries?status=pending')).body
            .data,
      )
      .toEqual([]);
    const seqs = receiver.received.filter((r) => r.headers['x-lobby-event'] === 'ticket:issued').map((r) => r.json.seq);
    expect(new Set(seqs).size).toBe(4);
    expect((await api(server, admin, 'POST', '/admin/webhooks/deliveries/999999/retry')).status).toBe(404);
  });

  it('refuses a URL with credentials, unknown events, and other roles', async () => {
    const bad = await api(server, admin, 'POST', '/admin/webhooks', {
      url: 'http://u:p@example.com/x',
      events: ['ticket:issued'],
    });
    expect(bad.status).toBe(400);
    const unknown = await api(server, admin, 'POST', '/admin/webhooks', {
      url: receiver.url,
      events: ['ticket:noted'],
    });
    expect(unknown.status).toBe(400);
    const lobby = await server.login('lobby');
    expect((await api(server, lobby, 'GET', '/admin/webhooks')).status).toBe(403);
  });
});
