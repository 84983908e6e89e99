import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BranchStore } from '../branches/branch-store.ts';
import { IngestService } from '../ingest/ingest-service.ts';
import { FactChain } from '../testing/fact-chain.ts';
import { MIN, T0 } from '../testing/fact-bodies.ts';
import { createTestDatabase, describePg, type TestDatabase } from '../testing/test-database.ts';
import { GridStore } from './grid-store.ts';

describePg("grid: one branch's drill-down", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    const branches = new BranchStore(db.pool);
    await branches.upsertRegion({ id: 'east', nameZh: '华东', nameEn: 'East' });
    await branches.register({ id: 'b1', regionId: 'east', nameZh: '人民路支行', nameEn: 'Renmin Road' }, T0);
  });
  afterAll(() => db.drop());

  it("names an alert's counter from the branch's profile, though a closed counter has no live row", async () => {
    const chain = new FactChain('b1');
    chain.add({
      kind: 'profile',
      at: T0,
      profile: {
        branchId: 'b1',
        name: { zh: '人民路支行', en: 'Renmin Road' },
        timeZone: 'Asia/Shanghai',
        configVersion: 1,
        catalogueVersion: null,
        lanes: [],
        businessTypes: [],
        counters: [{ id: 'c6', number: 6, name: { zh: '6号窗口', en: 'Counter 6' }, laneIds: [] }],
      },
    });
    chain.add({
      kind: 'alert',
      at: T0 + MIN,
      alert: { id: 'a1', action: 'raised', kind: 'predicted_over_target', laneId: 'B', counterId: 'c6' },
    });
    const ingest = new IngestService(db.pool, db.partitions, () => T0 + 2 * MIN, pino({ level: 'silent' }), {
      checkers: { workers: 0 },
    });
    expect(await ingest.ingest('b1', chain.batch(1, 2))).toMatchObject({ ok: true });

    const detail = await new GridStore(db.pool).detail('b1', T0 + 2 * MIN);
    expect(detail?.counters).toEqual([]);
    expect(detail?.alerts).toMatchObject([
      { alertId: 'a1', counterId: 'c6', counterName: { zh: '6号窗口', en: 'Counter 6' } },
    ]);
  });
});
