import type { KpiScorecard } from '@lobby/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { api } from './admin-api-support.ts';

/**
 * docs/requirements.md R51–R53 through the real routes: recorded point adjustments rank the eight demo tellers
 * month by month, and the scorecard of the last month carries each teller's run of months
 * in the bottom 3 / bottom 5 and the follow-up R52 asks for.
 */
describe('KPI scorecard: bottom-N runs', () => {
  let server: TestServer;
  let admin: string;
  let tellers: { id: string; name: string }[];

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.login('admin');
    tellers = server.app.ctx.store.staff
      .list()
      .filter((s) => s.role === 'teller')
      .sort((a, b) => a.username.localeCompare(b.username, 'en', { numeric: true }));
  });
  afterAll(() => server.close());

  /** Points per teller for a month: teller i gets `points[i]` (teller1 first). */
  async function month(m: string, points: number[]): Promise<void> {
    for (const [i, p] of points.entries()) {
      const res = await api(server, admin, 'POST', '/admin/kpi/adjustments', {
        tellerId: tellers[i]!.id,
        month: m,
        points: p,
        reason: `月度考核 ${m}`,
      });
      expect(res.status).toBe(200);
    }
  }

  it('tracks consecutive months at the bottom across a year end and names the follow-up', async () => {
    // teller7 and teller8 are in the bottom 3 three months running; teller4, 5 and 6 are in
    // the bottom 5 three months running (teller4 dropped into the bottom 3 in January).
    await month('2026-11', [80, 70, 60, 50, 45, 40, 30, 10]);
    await month('2026-12', [80, 70, 60, 50, 45, 40, 20, 10]);
    await month('2027-01', [80, 70, 60, 40, 45, 50, 20, 10]);

    const res = await api<KpiScorecard>(server, admin, 'GET', '/admin/kpi?month=2027-01');
    expect(res.status).toBe(200);
    const byName = Object.fromEntries(
      res.body.data!.rows.map((r) => [r.tellerName, [r.rank, r.bottom3Months, r.bottom5Months, r.followUp]]),
    );
    expect(byName).toEqual({
      柜员1: [1, 0, 0, 'none'],
      柜员2: [2, 0, 0, 'none'],
      柜员3: [3, 0, 0, 'none'],
      柜员6: [4, 0, 3, 'offPost'],
      柜员5: [5, 0, 3, 'offPost'],
      柜员4: [6, 1, 3, 'offPost'],
      柜员7: [7, 3, 3, 'offPost'],
      柜员8: [8, 3, 3, 'offPost'],
    });

    // A month earlier, the same tellers had shorter runs.
    const dec = await api<KpiScorecard>(server, admin, 'GET', '/admin/kpi?month=2026-12');
    const decRuns = Object.fromEntries(
      dec.body.data!.rows.map((r) => [r.tellerName, [r.bottom3Months, r.bottom5Months, r.followUp]]),
    );
    expect(decRuns).toMatchObject({
      柜员8: [2, 2, 'departmentHeadTalk'],
      柜员6: [2, 2, 'departmentHeadTalk'],
      柜员4: [0, 2, 'none'],
    });
  });
});
