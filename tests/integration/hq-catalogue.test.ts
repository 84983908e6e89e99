import type { BranchConfig, CatalogueTemplate, HqCatalogueVersionView, ReplicationStatus } from '@lobby/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoBranchConfig } from '../../server/src/seed/demo-config.ts';
import { describePg } from '../../hq/src/server/testing/test-database.ts';
import { catalogueTemplateFrom, startTestHq, type TestHq } from '../support/hq.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { api } from './admin-api-support.ts';

/**
 * One catalogue from head office: a branch set to adopt automatically takes a new version at
 * once, a branch set to confirm waits for its admin; a version that would break a branch (a
 * lane its counters still serve is gone) is refused there and head office shows why.
 */
describePg('catalogue from head office', () => {
  let hq: TestHq;
  let auto: TestServer;
  let confirm: TestServer;

  const adoption = async (version: number, branchId: string) =>
    (await hq.api<HqCatalogueVersionView[]>('/catalogue'))
      .find((v) => v.version === version)
      ?.adoptions.find((a) => a.branchId === branchId);
  const publish = (template: CatalogueTemplate, note: string) =>
    hq.api<{ version: number }>('/catalogue', { method: 'POST', body: JSON.stringify({ template, note }) });
  const config = async (s: TestServer) =>
    (await api<BranchConfig>(s, await s.login('admin'), 'GET', '/admin/config')).body.data!;

  beforeAll(async () => {
    hq = await startTestHq();
    auto = await startTestServer({
      config: (c) => ({ ...c, branch: { ...c.branch, id: 'auto-1' } }),
      deps: { replication: await hq.registerBranch('auto-1') },
    });
    confirm = await startTestServer({
      config: (c) => ({ ...c, branch: { ...c.branch, id: 'confirm-1' } }),
      deps: { replication: await hq.registerBranch('confirm-1') },
    });
    const admin = await auto.login('admin');
    const set = await api<ReplicationStatus>(auto, admin, 'PUT', '/admin/replication/catalogue-mode', { mode: 'auto' });
    expect(set.body.data?.catalogue.mode).toBe('auto');
  });
  afterAll(async () => {
    await auto?.close();
    await confirm?.close();
    await hq?.close();
  });

  it('a branch on auto adopts a new version; a branch on confirm waits for its admin', async () => {
    const t = catalogueTemplateFrom(demoBranchConfig());
    t.lanes = t.lanes.map((l) => (l.id === 'A' ? { ...l, targetWaitMin: 12 } : l));
    t.businessTypes = t.businessTypes.map((b) =>
      b.id === 'cash' ? { ...b, materials: [...b.materials, { zh: '本人有效身份证件', en: 'Your valid ID' }] } : b,
    );
    const { version } = await publish(t, 'targets 2027');

    await expect.poll(async () => (await adoption(version, 'auto-1'))?.state, { timeout: 20_000 }).toBe('adopted');
    const adopted = await config(auto);
    expect(adopted.lanes.find((l) => l.id === 'A')?.targetWaitMin).toBe(12);
    expect(adopted.businessTypes.find((b) => b.id === 'cash')?.materials.at(-1)?.en).toBe('Your valid ID');
    await expect.poll(async () => (await hq.row('auto-1'))?.catalogueVersion, { timeout: 20_000 }).toBe(version);

    await expect.poll(async () => (await adoption(version, 'confirm-1'))?.state, { timeout: 20_000 }).toBe('pending');
    expect((await config(confirm)).lanes.find((l) => l.id === 'A')?.targetWaitMin).not.toBe(12);
    const admin = await confirm.login('admin');
    const status = await api<ReplicationStatus>(confirm, admin, 'GET', '/admin/replication');
    expect(status.body.data?.catalogue.pending).toMatchObject({ version, note: 'targets 2027' });
    const ok = await api<ReplicationStatus>(confirm, admin, 'POST', '/admin/replication/catalogue/confirm', {
      version,
    });
    expect(ok.status).toBe(200);
    expect((await config(confirm)).lanes.find((l) => l.id === 'A')?.targetWaitMin).toBe(12);
    await expect.poll(async () => (await adoption(version, 'confirm-1'))?.state, { timeout: 20_000 }).toBe('adopted');
  });

  it('a version that would break a branch is refused there, with the reason shown at head office', async () => {
    const t = catalogueTemplateFrom(demoBranchConfig());
    // The business lane goes, but counters 6 and 7 still serve it.
    t.lanes = t.lanes.filter((l) => l.id !== 'B');
    t.businessTypes = t.businessTypes.filter((b) => b.laneId !== 'B');
    const { version } = await publish(t, 'no business lane');
    await expect.poll(async () => (await adoption(version, 'auto-1'))?.state, { timeout: 20_000 }).toBe('refused');
    const refused = await adoption(version, 'auto-1');
    expect(refused?.reason).toMatch(/counter c6/);
    expect(refused?.issues.length).toBeGreaterThan(0);
    expect((await config(auto)).lanes.some((l) => l.id === 'B')).toBe(true);
  });

  it('head office refuses to publish a template that is inconsistent in itself', async () => {
    const t = catalogueTemplateFrom(demoBranchConfig());
    t.businessTypes = [{ ...t.businessTypes[0]!, laneId: 'nowhere' }];
    await expect(publish(t, 'broken')).rejects.toThrow(/CATALOGUE_INVALID/);
  });
});
