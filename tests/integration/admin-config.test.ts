import type { BranchConfig, StaffQueueEvent } from '@lobby/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { api } from './admin-api-support.ts';

describe('admin config API', () => {
  let server: TestServer;
  let admin: string;
  let lobby: string;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.login('admin');
    lobby = await server.login('lobby');
  });
  afterAll(() => server.close());

  it('refuses non-admins', async () => {
    expect((await api(server, lobby, 'GET', '/admin/config')).status).toBe(403);
    expect((await api(server, 'nonsense', 'GET', '/admin/config')).body.code).toBe('UNAUTHENTICATED');
  });

  it('applies a change live, versioned in the event log, and refuses a stale version', async () => {
    const staff = await server.connect(lobby);
    const changed = new Promise<StaffQueueEvent>((resolve) =>
      staff.once('config:changed', (e) => resolve(e as StaffQueueEvent)),
    );
    const { body } = await api<BranchConfig>(server, admin, 'GET', '/admin/config');
    const config = body.data!;
    const edited = { ...config, lanes: config.lanes.map((l) => (l.id === 'A' ? { ...l, targetWaitMin: 12 } : l)) };
    const saved = await api<BranchConfig>(server, admin, 'PUT', '/admin/config', {
      config: edited,
      reason: 'peak season',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.data?.version).toBe(config.version + 1);
    expect(saved.body.data?.lanes.find((l) => l.id === 'A')?.targetWaitMin).toBe(12);
    const event = await changed;
    expect(event.config?.version).toBe(config.version + 1);
    expect(server.app.ctx.config().lanes.find((l) => l.id === 'A')?.targetWaitMin).toBe(12);

    // A second editor still holding the old version loses: nothing is overwritten.
    const stale = await api(server, admin, 'PUT', '/admin/config', { config: { ...config, retentionDays: 30 } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFIG_CONFLICT');
    expect(server.app.ctx.config().retentionDays).toBe(config.retentionDays);

    const audit = await api<{ action: string; actorName: string | null }[]>(
      server,
      admin,
      'GET',
      '/admin/audit?from=2026-11-24&to=2026-11-24',
    );
    expect(audit.body.data?.some((a) => a.action === 'config:changed' && a.actorName === '管理员 · 0001')).toBe(true);
  });

  it('reports invalid fields with their paths (CONFIG_INVALID)', async () => {
    const config = (await api<BranchConfig>(server, admin, 'GET', '/admin/config')).body.data!;
    const bad = {
      ...config,
      lanes: config.lanes.map((l, i) => (i === 1 ? { ...l, maxWaitMin: 1, targetWaitMin: 20 } : l)),
      kpiWeights: { efficiency: 0.2, quality: 0.2, satisfaction: 0.5 },
    };
    const res = await api(server, admin, 'PUT', '/admin/config', { config: bad });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('CONFIG_INVALID');
    const paths = res.body.issues?.map((i) => i.path) ?? [];
    expect(paths).toContain('lanes.1.maxWaitMin');
    expect(paths.some((p) => p.startsWith('kpiWeights'))).toBe(true);
  });
});
