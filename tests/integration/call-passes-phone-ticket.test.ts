import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedTicket } from '@lobby/shared';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/fake-sms-gateway.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { publicCall, useFakeGateway, verifiedCode } from './appointments-support.ts';

/**
 * A call that passes over a phone ticket whose customer is not in the hall yet calls the next
 * customer — and the teller's ack names that customer. It named the passed phone ticket (the
 * first ticket of the command's events, the `ticket:passed`), so the counter said "已呼叫 A001"
 * while A002 was on the board.
 */
describe('calling past a phone ticket', () => {
  let server: TestServer;
  let gateway: FakeSmsGateway;

  beforeAll(async () => {
    gateway = await startFakeSmsGateway();
    server = await startTestServer({
      deps: { publicRateLimit: { codesPerIp: 1000, writesPerIp: 1000, windowSec: 60 } },
    });
    await useFakeGateway(server, gateway);
  });
  afterAll(async () => {
    await server?.close();
    await gateway?.close();
  });

  it('acks the called customer, not the phone ticket it passed', async () => {
    const v = await verifiedCode(server, gateway, '13900005555', 'remote');
    const phone = await publicCall<IssuedTicket>(server, 'POST', '/public/remote-tickets', {
      ...v,
      laneId: 'A',
      businessTypeId: 'cash',
    });
    expect(phone.status).toBe(201);
    const kiosk = await server.connect(server.deviceToken('kiosk'));
    const walkIn = await server.issue(kiosk, 'A', 'cash');
    const teller = await server.connect(await server.login('teller2'));
    expect((await server.command(teller, 'counter:signOn', { counterId: 'c2' })).ok).toBe(true);
    const call = await server.command(teller, 'counter:callNext', { counterId: 'c2' });
    if (!call.ok) throw new Error(call.code);
    expect(call.data).toMatchObject({ number: walkIn.ticket.number, status: 'called', counterId: 'c2' });
    const passed = server.app.ctx.queue.current.tickets.get(phone.body.data!.ticket.id);
    expect(passed).toMatchObject({ status: 'waiting', remote: { activatedAt: null, passedAt: expect.any(Number) } });
  });
});
