import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Alert } from '@lobby/shared';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';

/** The feature wired into the real server: push on change, snapshots, acknowledgement, log, restart. */
describe('alerts feature', { timeout: 20_000 }, () => {
  let server: TestServer;
  let lobby: LobbySocket;
  let updates: Alert[][];

  beforeEach(async () => {
    server = await startTestServer({ config: (c) => ({ ...c, policy: { ...c.policy, idleCounterAlertSec: 5 } }) });
    lobby = await server.connect(await server.login('lobby'));
    updates = [];
    lobby.on('alerts:updated', (list) => updates.push(list));
  });
  afterEach(async () => {
    await server.close();
  });

  async function idleCounterAlert(): Promise<Alert> {
    const teller = await server.connect(await server.login('teller1'));
    expect((await server.command(teller, 'counter:signOn', { counterId: 'c6' })).ok).toBe(true);
    const kiosk = await server.connect(server.deviceToken('kiosk'));
    expect(
      (
        await server.command(kiosk, 'ticket:issue', {
          laneId: 'B',
          businessTypeId: 'bills',
          priorityGroupId: null,
          vipIdentifier: null,
        })
      ).ok,
    ).toBe(true);
    server.clock.advance(6000);
    await expect.poll(() => updates.at(-1)?.find((a) => a.kind === 'counter_idle'), { timeout: 3000 }).toBeDefined();
    return updates.at(-1)!.find((a) => a.kind === 'counter_idle')!;
  }

  it('pushes the list when it changes, includes it in staff snapshots, and never pushes an unchanged list', async () => {
    const alert = await idleCounterAlert();
    expect(alert).toMatchObject({ counterId: 'c6', acknowledgedBy: null });
    // "Predicted over target" follows the wait forecast, redone just after the issue: let it land.
    await server.forecastSettled();
    const snap = await server.command(lobby, 'snapshot:get', {});
    expect(snap.ok && snap.data.audience === 'staff' && snap.data.alerts.some((a) => a.id === alert.id)).toBe(true);
    const count = updates.length;
    await new Promise((r) => setTimeout(r, 800)); // four ticks at 200 ms
    expect(updates.length).toBe(count);
  });

  it('acknowledges with who and when, logs it, and answers NOT_FOUND for an alert that is gone', async () => {
    const alert = await idleCounterAlert();
    const ack = await server.command(lobby, 'alert:acknowledge', { alertId: alert.id });
    expect(ack).toEqual({ ok: true, data: { alertId: alert.id } });
    const acked = updates.at(-1)!.find((a) => a.id === alert.id)!;
    expect(acked.acknowledgedBy).not.toBeNull();
    expect(acked.acknowledgedAt).not.toBeNull();
    const log = server.app.ctx.store.alertLog.history(alert.id);
    expect(log.map((e) => e.action)).toEqual(['raised', 'acknowledged']);
    expect(log[1]!.actorId).toBe(acked.acknowledgedBy);
    expect(await server.command(lobby, 'alert:acknowledge', { alertId: 'no-such-alert' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('refuses acknowledgement to a teller (lobby and admin only)', async () => {
    const alert = await idleCounterAlert();
    const teller = await server.connect(await server.login('teller2'));
    expect(await server.command(teller, 'alert:acknowledge', { alertId: alert.id })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('keeps the id and acknowledgement of a lasting alert across a restart', async () => {
    // Business customers waiting and no business counter open: lasts until someone opens one.
    const kiosk = await server.connect(server.deviceToken('kiosk'));
    expect(
      (
        await server.command(kiosk, 'ticket:issue', {
          laneId: 'B',
          businessTypeId: 'bills',
          priorityGroupId: null,
          vipIdentifier: null,
        })
      ).ok,
    ).toBe(true);
    await expect
      .poll(() => updates.at(-1)?.find((a) => a.kind === 'predicted_over_target'), { timeout: 3000 })
      .toBeDefined();
    const alert = updates.at(-1)!.find((a) => a.kind === 'predicted_over_target')!;
    expect(alert.suggestion?.zh).toBe('开放 6 号窗口办理对公业务');
    await server.command(lobby, 'alert:acknowledge', { alertId: alert.id });

    await server.restart();
    const again = await server.connect(await server.login('lobby'));
    const snap = await server.command(again, 'snapshot:get', {});
    const restored =
      snap.ok && snap.data.audience === 'staff' ? snap.data.alerts.find((a) => a.id === alert.id) : undefined;
    expect(restored).toMatchObject({ id: alert.id, raisedAt: alert.raisedAt });
    expect(restored?.acknowledgedBy).not.toBeNull();
    expect(server.app.ctx.store.alertLog.history(alert.id).map((e) => e.action)).toEqual(['raised', 'acknowledged']);
  });
});
