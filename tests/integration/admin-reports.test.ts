import ExcelJS from 'exceljs';
import type { TicketStaffView } from '@lobby/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BranchReport } from '../../server/src/features/reports/report-types.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { api, download } from './admin-api-support.ts';

const MIN = 60_000;
const DAY = '2026-11-24';

describe('reports over a served day, Excel export, day close and archived days', () => {
  let server: TestServer;
  let admin: string;
  let served: TicketStaffView;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.login('admin');
    const kiosk = await server.connect(server.deviceToken('kiosk'));
    const teller = await server.connect(await server.login('teller1'));
    const lobby = await server.connect(await server.login('lobby'));
    const evaluator = await server.connect(server.deviceToken('evaluator', 'c2'));
    // A001: wait 10 min, walk 1 min, service 5 min, rated 5/4. A002: cancelled before any call.
    const a1 = await server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });
    const a2 = await server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'remittance' });
    if (!a1.ok || !a2.ok) throw new Error('issue failed');
    expect((await server.command(teller, 'counter:signOn', { counterId: 'c2' })).ok).toBe(true);
    const cancelled = await server.command(lobby, 'ticket:cancel', { ticketId: a2.data.ticket.id, reason: '客户离开' });
    expect(cancelled.ok).toBe(true);
    server.clock.advance(10 * MIN);
    expect((await server.command(teller, 'counter:callNext', { counterId: 'c2' })).ok).toBe(true);
    server.clock.advance(1 * MIN);
    expect((await server.command(teller, 'ticket:start', { counterId: 'c2' })).ok).toBe(true);
    server.clock.advance(5 * MIN);
    const finished = await server.command(teller, 'ticket:finish', {
      counterId: 'c2',
      outcome: 'served',
      servedBusinessTypeIds: ['cash'],
    });
    if (!finished.ok) throw new Error(`finish failed ${finished.code}`);
    served = finished.data;
    const rated = await server.command(evaluator, 'rating:submit', { ticketId: served.id, attitude: 5, efficiency: 4 });
    expect(rated.ok).toBe(true);
  });
  afterAll(() => server.close());

  const figuresOf = async (query: string) => {
    const res = await api<{ report: BranchReport; tellerNames: Record<string, string> }>(
      server,
      admin,
      'GET',
      `/reports?${query}`,
    );
    expect(res.status).toBe(200);
    return res.body.data!;
  };

  it('computes the day from the stored tickets, ratings and event log', async () => {
    const { report, tellerNames } = await figuresOf(`date=${DAY}`);
    expect(report.total).toMatchObject({
      issued: 2,
      served: 1,
      cancelled: 1,
      meanWaitMin: 10,
      meanWalkMin: 1,
      meanServiceMin: 5,
      withinTargetPct: 100,
      ratings: 1,
      ratingResponsePct: 100,
      meanAttitude: 5,
      meanEfficiency: 4,
    });
    const teller = report.byTeller[0];
    expect(teller && tellerNames[teller.key]).toBe('柜员1 · 1001'); // by name and 工号, never the staff id
    expect(report.byCounter.map((r) => r.key)).toEqual(['c2']);
  });

  it('lets the lobby read today but not other reports', async () => {
    const lobby = await server.login('lobby');
    expect((await api(server, lobby, 'GET', '/reports/today')).status).toBe(200);
    expect((await api(server, lobby, 'GET', `/reports?date=${DAY}`)).status).toBe(403);
  });

  it('exports every table to Excel and the file reads back with the same figures', async () => {
    const file = await download(server, admin, `/reports/export.xlsx?from=${DAY}&to=${DAY}`);
    expect(file.status).toBe(200);
    expect(file.type).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.buffer);
    const summary = wb.getWorksheet('汇总 Summary')!.getRow(2);
    expect(summary.getCell(3).value).toBe(2); // issued
    expect(summary.getCell(4).value).toBe(1); // served
    expect(summary.getCell(8).value).toBe(10); // mean wait
    const teller = wb.getWorksheet('按柜员 By teller')!.getRow(2);
    expect([teller.getCell(1).value, teller.getCell(2).value]).toEqual(['柜员1', '1001']);
  });

  it('links a complaint to the ticket and shows its full timeline', async () => {
    const created = await api<{ id: string; ticketId: string; counterId: string }>(
      server,
      admin,
      'POST',
      '/complaints',
      {
        source: 'counter',
        category: 'attitude',
        severity: 'minor',
        summary: '办理时态度冷淡',
        ticketNumber: served.number,
        ticketDate: DAY,
        contactName: '王先生',
        contactPhone: '13900000000',
      },
    );
    expect(created.status).toBe(200);
    expect(created.body.data).toMatchObject({ ticketId: served.id, counterId: 'c2' });
    const detail = await api<{ ticketTimeline: { type: string }[] }>(
      server,
      admin,
      'GET',
      `/complaints/${created.body.data!.id}`,
    );
    expect(detail.body.data?.ticketTimeline.map((e) => e.type)).toEqual([
      'ticket:issued',
      'ticket:called',
      'ticket:started',
      'ticket:finished',
      'rating:recorded',
    ]);
    const skip = await api(server, admin, 'POST', `/complaints/${created.body.data!.id}/actions`, {
      action: 'verify',
      note: 'x',
    });
    expect(skip.body.code).toBe('INVALID_STATE');
  });

  it('still reports the day after the day close and the next day has started', async () => {
    const adminSocket = await server.connect(admin);
    const closed = await server.command(adminSocket, 'day:close', { reason: '日终' });
    expect(closed.ok).toBe(true);
    server.clock.advance(24 * 60 * MIN);
    await new Promise((r) => setTimeout(r, 600)); // a few ticks: the business date rolls over
    expect(server.app.ctx.queue.current.businessDate).toBe('2026-11-25');
    admin = await server.login('admin'); // yesterday's session has expired
    const { report } = await figuresOf(`from=${DAY}&to=2026-11-25`);
    expect(report.days).toEqual([DAY]);
    expect(report.total).toMatchObject({ issued: 2, served: 1, cancelled: 1, meanWaitMin: 10 });
  });
});
