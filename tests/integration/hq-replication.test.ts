import type { HqBranchDetail, HqReport, ReplicationStatus } from '@lobby/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describePg } from '../../hq/src/server/testing/test-database.ts';
import { recomputeRollups, rollupDifferences, storedRollups } from '../../hq/src/server/rollups/recompute.ts';
import { startTestHq, type TestHq } from '../support/hq.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { api } from './admin-api-support.ts';

/**
 * Two real branch servers replicating over TLS to one real head office on PostgreSQL: a
 * ticket called in one branch shows at head office; each branch's figures arrive once and
 * only in its own row; head office down → the branch admin sees the backlog and the alert,
 * and replication resumes by itself.
 */
const MIN = 60_000;

describePg('branches → head office', () => {
  let hq: TestHq;
  let east: TestServer;
  let north: TestServer;

  beforeAll(async () => {
    hq = await startTestHq();
    const eastSettings = await hq.registerBranch('east-1', { nameZh: '人民路支行', nameEn: 'Renmin Road' });
    const northSettings = await hq.registerBranch('north-1', {
      regionId: 'north',
      nameZh: '长安街支行',
      nameEn: 'Chang’an Ave',
    });
    east = await startTestServer({
      config: (c) => ({ ...c, branch: { ...c.branch, id: 'east-1' } }),
      deps: { replication: { ...eastSettings, alertAfterMs: 2_000 } },
    });
    north = await startTestServer({
      config: (c) => ({ ...c, branch: { ...c.branch, id: 'north-1' } }),
      deps: { replication: northSettings },
    });
  });
  afterAll(async () => {
    await east?.close();
    await north?.close();
    await hq?.close();
  });

  it('a ticket called in one branch shows at head office, in that branch only', async () => {
    const kiosk = await east.connect(east.deviceToken('kiosk'));
    const teller = await east.connect(await east.login('teller1'));
    const issued = await east.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });
    if (!issued.ok) throw new Error(issued.code);
    expect((await east.command(teller, 'counter:signOn', { counterId: 'c2' })).ok).toBe(true);
    east.clock.advance(3 * MIN);
    expect((await east.command(teller, 'counter:callNext', { counterId: 'c2' })).ok).toBe(true);

    await expect
      .poll(async () => (await hq.api<HqBranchDetail>('/branches/east-1')).counters.find((k) => k.counterId === 'c2'), {
        timeout: 15_000,
      })
      .toMatchObject({ status: 'open', currentNumber: issued.data.ticket.number, tellerNo: '1001' });
    const northRow = await hq.row('north-1');
    expect(northRow?.issuedToday).toBe(0);
    expect((await hq.row('east-1'))?.issuedToday).toBe(1);
  });

  it("head office's report of a branch agrees with the branch's own report", async () => {
    const teller = await east.connect(await east.login('teller1'));
    east.clock.advance(1 * MIN);
    expect((await east.command(teller, 'ticket:start', { counterId: 'c2' })).ok).toBe(true);
    east.clock.advance(5 * MIN);
    expect(
      (
        await east.command(teller, 'ticket:finish', {
          counterId: 'c2',
          outcome: 'served',
          servedBusinessTypeIds: ['cash'],
        })
      ).ok,
    ).toBe(true);
    const admin = await east.login('admin');
    const own = await api<{
      report: { total: { issued: number; served: number; meanWaitMin: number; meanServiceMin: number } };
    }>(east, admin, 'GET', '/reports?date=2026-11-24');
    const total = own.body.data!.report.total;
    await expect
      .poll(
        async () =>
          (await hq.api<HqReport>('/reports?from=2026-11-24&to=2026-11-24&group=branch')).rows.find(
            (r) => r.key === 'east-1',
          ),
        {
          timeout: 15_000,
        },
      )
      .toMatchObject({
        issued: total.issued,
        served: total.served,
        meanWaitMin: total.meanWaitMin,
        meanServiceMin: total.meanServiceMin,
      });
    const [stored, fresh] = await Promise.all([
      storedRollups(hq.db.pool, 'east-1'),
      recomputeRollups(hq.db.pool, 'east-1'),
    ]);
    expect(rollupDifferences(stored.rollup_day, fresh.rollup_day)).toEqual([]);
  });

  it('head office down: the branch keeps serving, its admin sees the backlog and the alert, and replication resumes', async () => {
    const admin = await east.login('admin');
    const status = async () => (await api<ReplicationStatus>(east, admin, 'GET', '/admin/replication')).body.data!;
    await expect.poll(async () => (await status()).pending, { timeout: 15_000 }).toBe(0);
    await hq.stop();
    const kiosk = await east.connect(east.deviceToken('kiosk'));
    for (let i = 0; i < 3; i++)
      expect((await east.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' })).ok).toBe(true);
    await expect.poll(async () => (await status()).pending, { timeout: 15_000 }).toBeGreaterThan(0);
    east.clock.advance(3_000);
    await expect.poll(async () => (await status()).alert, { timeout: 15_000 }).toBe('hq_unreachable');
    await hq.start();
    await expect.poll(async () => (await status()).pending, { timeout: 20_000 }).toBe(0);
    expect((await status()).alert).toBeNull();
    await expect.poll(async () => (await hq.row('east-1'))?.issuedToday, { timeout: 15_000 }).toBe(4);
  });
});
