import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { api, upload } from './admin-api-support.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('VIP import, devices, staff and the retention purge', () => {
  let server: TestServer;
  let admin: string;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.login('admin');
  });
  afterAll(() => server.close());

  const vipCount = () =>
    (server.app.ctx.db.prepare('SELECT COUNT(*) AS n FROM vip_customers').get() as { n: number }).n;

  it('refuses a CSV with bad rows, reports them by line, and imports nothing', async () => {
    const before = vipCount();
    const csv = '卡号/手机号,等级\n6222030000000001,gold\n12ab,gold\n13911112222,silver\n6222030000000001,diamond\n';
    const res = await upload(server, admin, '/admin/vip/import', csv, 'text/csv');
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('IMPORT_INVALID');
    expect(res.body.errors?.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(vipCount()).toBe(before);
  });

  it('imports a good CSV and an Excel file, stored as the hash the kiosk looks up', async () => {
    const before = vipCount();
    const csv = 'identifier,tier\r\n6222 0300 0000 0001,gold\r\n139-1111-2222,白金卡\r\n';
    const res = await upload(server, admin, '/admin/vip/import', csv, 'text/csv');
    expect(res.body).toMatchObject({ ok: true, data: { imported: 2 } });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('VIP');
    ws.addRow(['卡号', '等级']);
    ws.addRow(['6222030000000009', 'diamond']);
    const xlsx = await upload(
      server,
      admin,
      '/admin/vip/import',
      Buffer.from(await wb.xlsx.writeBuffer()),
      'application/octet-stream',
    );
    expect(xlsx.body).toMatchObject({ ok: true, data: { imported: 1 } });
    expect(vipCount()).toBe(before + 3);
    const kiosk = await server.connect(server.deviceToken('kiosk'));
    expect(await server.command(kiosk, 'vip:lookup', { vipIdentifier: '13911112222' })).toMatchObject({
      ok: true,
      data: { tierId: 'platinum' },
    });
    expect(await server.command(kiosk, 'vip:lookup', { vipIdentifier: '6222030000000009' })).toMatchObject({
      ok: true,
      data: { tierId: 'diamond' },
    });
  });

  it('pairs a display (token shown once) and revoking it cuts its socket', async () => {
    const paired = await api<{ device: { id: string }; token: string; pairingPath: string }>(
      server,
      admin,
      'POST',
      '/admin/devices',
      { kind: 'display', name: '二楼叫号屏' },
    );
    expect(paired.body.data?.pairingPath).toContain('/display/?device=');
    const socket = await server.connect(paired.body.data!.token);
    const revoked = new Promise<void>((resolve) => socket.once('session:revoked', () => resolve()));
    const res = await api(server, admin, 'POST', `/admin/devices/${paired.body.data!.device.id}/revoke`, {
      reason: '设备遗失',
    });
    expect(res.status).toBe(200);
    await revoked;
    await expect(server.connect(paired.body.data!.token)).rejects.toThrow();
  });

  it('creates, disables and resets staff accounts', async () => {
    const created = await api<{ id: string }>(server, admin, 'POST', '/admin/staff', {
      username: 'teller9',
      name: '柜员九',
      role: 'teller',
      staffNo: '1009',
      password: 'Counter-Nine-99',
    });
    expect(created.status).toBe(200);
    const id = created.body.data!.id;
    expect(await server.login('teller9', 'Counter-Nine-99')).toBeTruthy();
    await api(server, admin, 'POST', `/admin/staff/${id}/password`, { password: 'Fresh-Start-2026' });
    await expect(server.login('teller9', 'Counter-Nine-99')).rejects.toThrow();
    expect(await server.login('teller9', 'Fresh-Start-2026')).toBeTruthy();
    await api(server, admin, 'PATCH', `/admin/staff/${id}`, { active: false, reason: '离职' });
    await expect(server.login('teller9', 'Fresh-Start-2026')).rejects.toThrow();
    const short = await api(server, admin, 'POST', '/admin/staff', {
      username: 'x1',
      name: 'x',
      role: 'teller',
      staffNo: '1',
      password: 'short',
    });
    expect(short.body.code).toBe('INVALID_PAYLOAD');
  });

  it('purges customer identifiers after the retention period and keeps the statistics', async () => {
    const kiosk = await server.connect(server.deviceToken('kiosk'));
    const vipTicket = await server.command(kiosk, 'ticket:issue', {
      laneId: 'V',
      businessTypeId: 'vip-service',
      vipProof: await server.vipProof(kiosk, '13911112222'),
    });
    expect(vipTicket.ok).toBe(true);
    const complaint = await api<{ id: string }>(server, admin, 'POST', '/complaints', {
      source: 'hotline',
      category: 'waiting',
      severity: 'minor',
      summary: '等待太久',
      contactName: '李女士',
      contactPhone: '13700000000',
    });
    expect(complaint.status).toBe(200);
    const identifiers = () =>
      (server.app.ctx.db.prepare('SELECT COUNT(*) AS n FROM ticket_identifiers').get() as { n: number }).n;
    expect(identifiers()).toBe(1);

    // Within the period nothing goes.
    const early = await api<{ ticketIdentifiers: number; complaintContacts: number }>(
      server,
      admin,
      'POST',
      '/admin/retention/purge',
    );
    expect(early.body.data).toMatchObject({ ticketIdentifiers: 0, complaintContacts: 0 });

    // 91 days on, the first tick of the new business date runs the daily purge by itself.
    server.clock.advance(91 * DAY_MS);
    admin = await server.login('admin');
    const day = new Date(server.clock.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const purgesOf = async (manualOnly: boolean) => {
      const audit = await api<{ action: string; reason: string | null }[]>(
        server,
        admin,
        'GET',
        `/admin/audit?from=${day}&to=${day}&manualOnly=${manualOnly}`,
      );
      return (audit.body.data ?? []).filter((a) => a.action === 'retention:purge').map((a) => a.reason);
    };
    await expect.poll(() => purgesOf(false)).toEqual(['daily']);
    expect(identifiers()).toBe(0);
    const again = await api<{ ticketIdentifiers: number; complaintContacts: number }>(
      server,
      admin,
      'POST',
      '/admin/retention/purge',
    );
    expect(again.body.data).toMatchObject({ ticketIdentifiers: 0, complaintContacts: 0 });
    // 仅人工操作 (the viewer's default) keeps the admin's purge and leaves out the one nobody ran (19.24).
    expect(await purgesOf(true)).toEqual(['on demand']);
    expect(await purgesOf(false)).toEqual(['on demand', 'daily']);
    const detail = await api<{
      complaint: { contactName: string | null; contactPhone: string | null; summary: string };
    }>(server, admin, 'GET', `/complaints/${complaint.body.data!.id}`);
    expect(detail.body.data?.complaint).toMatchObject({ contactName: null, contactPhone: null, summary: '等待太久' });
    const report = await api<{ report: { total: { issued: number } } }>(
      server,
      admin,
      'GET',
      '/reports?date=2026-11-24',
    );
    expect(report.body.data?.report.total.issued).toBe(1);
  });
});
