import type { Alert } from '@lobby/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { api, download } from './admin-api-support.ts';
import ExcelJS from 'exceljs';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('complaint register: clocks, overdue push, lifecycle, export', () => {
  let server: TestServer;
  let admin: string;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.login('admin');
  });
  afterAll(() => server.close());

  it('walks the states in order and refuses skips', async () => {
    const created = await api<{ id: string; status: string }>(server, admin, 'POST', '/complaints', {
      source: 'online',
      category: 'fees',
      severity: 'complex',
      summary: '手续费收取有误',
    });
    const id = created.body.data!.id;
    const step = (action: string) =>
      api<{ status: string }>(server, admin, 'POST', `/complaints/${id}/actions`, { action, note: `${action} 说明` });
    expect((await step('close')).body.code).toBe('INVALID_STATE');
    expect((await step('respond')).body.data?.status).toBe('responded');
    expect((await step('resolve')).body.data?.status).toBe('resolved');
    expect((await step('verify')).body.data?.status).toBe('verified');
    expect((await step('close')).body.code).toBe('INVALID_STATE'); // no written result yet
    expect((await step('writtenResult')).body.ok).toBe(true);
    expect((await step('close')).body.data?.status).toBe('closed');
    const lobby = await server.login('lobby');
    expect((await api(server, lobby, 'GET', '/complaints')).status).toBe(200);
    const teller = await server.login('teller1');
    expect((await api(server, teller, 'GET', '/complaints')).status).toBe(403);
  });

  it('raises complaint_overdue in the one staff alert list once the first-response clock runs out, acknowledgeable by the lobby', async () => {
    await api(server, admin, 'POST', '/complaints', {
      source: 'hotline',
      category: 'waiting',
      severity: 'minor',
      summary: '等候时间过长',
    });
    // The demo branch works every day: 7 working days are 7 calendar days; on the 8th it is late.
    server.clock.advance(8 * DAY_MS + 60_000);
    // Eight days on, every staff session has ended (14 h at most, its sockets cut): the lobby signs in again
    // and finds the alert in its list, pushed or in the snapshot whichever comes first.
    const lobby = await server.connect(await server.login('lobby'));
    const pushed = new Promise<Alert[]>((resolve) =>
      lobby.on('alerts:updated', (list) => {
        const complaints = list.filter((a) => a.kind === 'complaint_overdue');
        if (complaints.length > 0) resolve(complaints);
      }),
    );
    const inSnapshot = async (): Promise<Alert[]> => {
      const snap = await server.command(lobby, 'snapshot:get', {});
      return snap.ok && snap.data.audience === 'staff'
        ? snap.data.alerts.filter((a) => a.kind === 'complaint_overdue')
        : [];
    };
    const alerts = await Promise.race([pushed, inSnapshot().then((list) => (list.length > 0 ? list : pushed))]);
    expect(alerts.map((a) => a.kind)).toEqual(['complaint_overdue']);
    expect(alerts[0]?.message.zh).toContain('首次答复已超时');
    const ack = await server.command(lobby, 'alert:acknowledge', { alertId: alerts[0]!.id });
    expect(ack).toMatchObject({ ok: true });
    const snapshot = await server.command(lobby, 'snapshot:get', {});
    const listed =
      snapshot.ok && snapshot.data.audience === 'staff'
        ? snapshot.data.alerts.find((a) => a.id === alerts[0]!.id)
        : undefined;
    expect(listed?.acknowledgedBy).not.toBeNull();
    admin = await server.login('admin');
    const list = await api<{ overdue: string[]; status: string }[]>(server, admin, 'GET', '/complaints?status=open');
    expect(list.body.data?.[0]?.overdue).toEqual(['first_response']);
  });

  it('exports the ledger to Excel', async () => {
    admin = await server.login('admin');
    const file = await download(server, admin, '/complaints/export.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.buffer);
    const ws = wb.getWorksheet('投诉台账 Complaints')!;
    expect(ws.rowCount).toBe(3);
    const summaries = [2, 3].map((r) => ws.getRow(r).getCell(7).value);
    expect(summaries.sort()).toEqual(['手续费收取有误', '等候时间过长'].sort());
  });
});
