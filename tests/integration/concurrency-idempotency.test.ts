import { afterAll, beforeAll, expect, test } from 'vitest';
import { newRequestId, recordEvents, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

test('two tellers pressing next at the same instant get different tickets', async () => {
  const kiosk = await server.connect(server.deviceToken('kiosk'));
  const t1 = await server.connect(await server.login('teller1'));
  const t2 = await server.connect(await server.login('teller2'));
  for (let i = 0; i < 3; i++)
    expect((await server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' })).ok).toBe(true);
  await server.command(t1, 'counter:signOn', { counterId: 'c2' });
  await server.command(t2, 'counter:signOn', { counterId: 'c3' });

  const [a, b] = await Promise.all([
    server.command(t1, 'counter:callNext', { counterId: 'c2' }),
    server.command(t2, 'counter:callNext', { counterId: 'c3' }),
  ]);
  if (!a.ok || !b.ok) throw new Error('both calls must succeed');
  expect(a.data.id).not.toBe(b.data.id);
  expect(new Set([a.data.number, b.data.number])).toEqual(new Set(['A001', 'A002']));
  const active = server.app.ctx.db
    .prepare("SELECT counter_id FROM tickets WHERE status = 'called' ORDER BY counter_id")
    .all();
  expect(active).toEqual([{ counter_id: 'c2' }, { counter_id: 'c3' }]);
});

test('the same requestId twice has one effect and returns the same ack', async () => {
  const kiosk = await server.connect(server.deviceToken('kiosk'));
  const display = await server.connect(server.deviceToken('display'));
  const seen = recordEvents(display);
  const before = server.app.ctx.queue.lastSeq;
  const requestId = newRequestId();
  const first = await server.command(kiosk, 'ticket:issue', { requestId, laneId: 'K', businessTypeId: 'passbook' });
  const second = await server.command(kiosk, 'ticket:issue', { requestId, laneId: 'K', businessTypeId: 'passbook' });
  expect(first.ok).toBe(true);
  expect(second).toEqual(first);
  expect(server.app.ctx.queue.lastSeq).toBe(before + 1);
  const count = server.app.ctx.db.prepare("SELECT COUNT(*) AS n FROM tickets WHERE lane_id = 'K'").get() as {
    n: number;
  };
  expect(count.n).toBe(1);
  await seen.waitFor((e) => e.type === 'ticket:issued');
  await new Promise((r) => setTimeout(r, 200));
  expect(seen.events.filter((e) => e.type === 'ticket:issued')).toHaveLength(1);

  // A double-click on "next" never skips a customer.
  const teller = await server.connect(await server.login('teller3'));
  await server.command(teller, 'counter:signOn', { counterId: 'c1' });
  const callId = newRequestId();
  const [c1, c2] = await Promise.all([
    server.command(teller, 'counter:callNext', { requestId: callId, counterId: 'c1' }),
    server.command(teller, 'counter:callNext', { requestId: callId, counterId: 'c1' }),
  ]);
  expect(c1).toEqual(c2);
  expect(c1).toMatchObject({ ok: true, data: { number: 'K001' } });
});

test('a refused command stores its ack too and writes nothing', async () => {
  const teller = await server.connect(await server.login('teller4'));
  await server.command(teller, 'counter:signOn', { counterId: 'c8' });
  const before = server.app.ctx.queue.lastSeq;
  const requestId = newRequestId();
  const refused = await server.command(teller, 'ticket:start', { requestId, counterId: 'c8' });
  expect(refused).toMatchObject({ ok: false, code: 'COUNTER_IDLE' });
  expect(await server.command(teller, 'ticket:start', { requestId, counterId: 'c8' })).toEqual(refused);
  expect(server.app.ctx.queue.lastSeq).toBe(before);
});
