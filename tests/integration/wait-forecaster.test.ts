import { afterEach, describe, expect, it } from 'vitest';
import type { EstimatesView } from '@lobby/shared';
import { newTicketEstimate } from '@lobby/shared';
import { startTestServer, type TestServer } from '../support/server.ts';

/** The forecast as the server keeps it: after commits, pushed to everyone, what the ticket prints. */
describe('wait forecaster', { timeout: 30_000 }, () => {
  let server: TestServer;
  afterEach(async () => server?.close());

  it('prints on the ticket the figure the kiosk showed for a ticket taken now (19.9), and pushes each ticket its own', async () => {
    server = await startTestServer();
    const kiosk = await server.connect(server.deviceToken('kiosk'));
    const views: EstimatesView[] = [];
    kiosk.on('estimates:updated', (v) => views.push(v));
    const teller = await server.connect(await server.login('teller1'));
    expect((await server.command(teller, 'counter:signOn', { counterId: 'c2' })).ok).toBe(true);
    for (let i = 0; i < 3; i++)
      await server.command(kiosk, 'ticket:issue', {
        laneId: 'A',
        businessTypeId: 'cash',
        priorityGroupId: null,
        vipIdentifier: null,
      });
    await server.forecastSettled();
    const shown = server.app.ctx.forecasts.view();
    const offered = newTicketEstimate(shown, 'A', null, null);
    expect(offered?.ahead).toBe(3);
    const issued = await server.command(kiosk, 'ticket:issue', {
      laneId: 'A',
      businessTypeId: 'cash',
      priorityGroupId: null,
      vipIdentifier: null,
    });
    if (!issued.ok) throw new Error(issued.code);
    expect({ ahead: issued.data.ahead, estimate: issued.data.estimate }).toEqual({
      ahead: offered!.ahead,
      estimate: offered!.estimate,
    });
    // Just after the commit, everyone gets the forecast with the new ticket's own figure.
    await expect
      .poll(() => views.at(-1)?.tickets.find((t) => t.ticketId === issued.data.ticket.id))
      .toMatchObject({ ahead: 3 });
    expect(views.at(-1)!.lanes.find((l) => l.laneId === 'A')).toMatchObject({ waiting: 4, ahead: 4 });
  });

  it('nobody ahead and a counter free: the ticket and the lane say "about now" (19.11)', async () => {
    server = await startTestServer();
    const kiosk = await server.connect(server.deviceToken('kiosk'));
    const teller = await server.connect(await server.login('teller1'));
    expect((await server.command(teller, 'counter:signOn', { counterId: 'c6' })).ok).toBe(true);
    await server.forecastSettled();
    const issued = await server.command(kiosk, 'ticket:issue', {
      laneId: 'B',
      businessTypeId: 'bills',
      priorityGroupId: null,
      vipIdentifier: null,
    });
    expect(issued).toMatchObject({ ok: true, data: { ahead: 0, estimate: { aboutNow: true, pointMin: 0 } } });
    // With that ticket waiting, the next one would wait for it.
    await server.forecastSettled();
    const next = newTicketEstimate(server.app.ctx.forecasts.view(), 'B', null, null);
    expect(next?.ahead).toBe(1);
    expect(next?.estimate.aboutNow).toBe(false);
  });

  it("learns the arrival profile and the counter times from the branch's past days", async () => {
    server = await startTestServer({ startAt: '2026-11-24T10:05:00+08:00' });
    const kiosk = await server.connect(server.deviceToken('kiosk'));
    const teller = await server.connect(await server.login('teller1'));
    for (const laneId of ['A', 'A', 'B'])
      await server.command(kiosk, 'ticket:issue', {
        laneId,
        businessTypeId: laneId === 'A' ? 'cash' : 'bills',
        priorityGroupId: null,
        vipIdentifier: null,
      });
    expect(server.app.ctx.forecasts.current()).not.toBeNull();
    // Two personal customers served, 6 and 12 minutes from the call; the business one is never called.
    expect((await server.command(teller, 'counter:signOn', { counterId: 'c2' })).ok).toBe(true);
    for (const minutes of [6, 12]) {
      expect((await server.command(teller, 'counter:callNext', { counterId: 'c2' })).ok).toBe(true);
      await server.command(teller, 'ticket:start', { counterId: 'c2' });
      server.clock.advance(minutes * 60_000);
      const done = await server.command(teller, 'ticket:finish', {
        counterId: 'c2',
        outcome: 'served',
        servedBusinessTypeIds: [],
      });
      expect(done.ok).toBe(true);
    }
    // The next business day: yesterday's tickets are the history.
    server.clock.advance(24 * 3_600_000);
    await expect.poll(() => server.app.ctx.queue.current.businessDate, { timeout: 10_000 }).toBe('2026-11-25');
    const profile = server.app.ctx.forecasts.arrivalProfile();
    expect(profile?.days).toBe(1);
    // 10:05 falls in the 10:00–10:30 bucket (index 20 of 48).
    expect(profile?.perLane.A?.[20]).toBe(2);
    expect(profile?.perLane.B?.[20]).toBe(1);
    // Counter times of the served only (call → finish): the lognormal's mean and log-variance.
    expect(profile?.service.A?.n).toBe(2);
    expect(profile?.service.A?.meanMin).toBeCloseTo(9, 2);
    expect(profile?.service.A?.logVar).toBeCloseTo((Math.log(12) - Math.log(6)) ** 2 / 4, 3);
    expect(profile?.service.B).toBeUndefined();
  });

  it('checks each printed range against the first call and widens the lane whose waits fell outside it', async () => {
    server = await startTestServer();
    const kiosk = await server.connect(server.deviceToken('kiosk'));
    const teller = await server.connect(await server.login('teller1'));
    const issue = async () => {
      const r = await server.command(kiosk, 'ticket:issue', {
        laneId: 'A',
        businessTypeId: 'cash',
        priorityGroupId: null,
        vipIdentifier: null,
      });
      if (!r.ok) throw new Error(r.code);
      await server.forecastSettled();
      return r.data;
    };
    expect((await server.command(teller, 'counter:signOn', { counterId: 'c2' })).ok).toBe(true);
    await server.forecastSettled();
    await issue();
    expect((await server.command(teller, 'counter:callNext', { counterId: 'c2' })).ok).toBe(true);
    await server.forecastSettled();
    // The counter is busy: the next ticket is printed a range, not "about now".
    const printed = await issue();
    expect(printed.estimate?.aboutNow).toBe(false);
    const before = server.app.ctx.forecasts.rangeSpread('A');
    // The customer at the counter takes an hour: the printed ticket is called far above its range.
    server.clock.advance(60 * 60_000);
    await server.command(teller, 'ticket:start', { counterId: 'c2' });
    await server.command(teller, 'ticket:finish', { counterId: 'c2', outcome: 'served', servedBusinessTypeIds: [] });
    expect((await server.command(teller, 'counter:callNext', { counterId: 'c2' })).ok).toBe(true);
    expect(printed.estimate!.highMin).toBeLessThan(60);
    await server.forecastSettled();
    expect(server.app.ctx.forecasts.rangeSpread('A')).toBeGreaterThan(before);
    // The other lanes printed nothing: unchanged.
    expect(server.app.ctx.forecasts.rangeSpread('B')).toBe(before);
  });
});
