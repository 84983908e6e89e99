import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describePg, type TestDatabase } from '../testing/test-database.ts';
import { BranchStore } from './branch-store.ts';

describePg('branch keys', () => {
  let db: TestDatabase;
  let branches: BranchStore;

  beforeAll(async () => {
    db = await createTestDatabase();
    branches = new BranchStore(db.pool);
    await branches.upsertRegion({ id: 'east', nameZh: '华东', nameEn: 'East' });
  });
  afterAll(() => db.drop());

  it('a rotated key stops working at once, though keys are remembered between requests', async () => {
    const old = await branches.register({ id: 'k1', regionId: 'east', nameZh: 'k1', nameEn: 'k1' }, 0);
    expect(await branches.branchForKey(old)).toBe('k1');
    expect(await branches.branchForKey(old)).toBe('k1'); // now from memory
    const fresh = await branches.rotateKey('k1');
    expect(fresh).not.toBeNull();
    expect(await branches.branchForKey(old)).toBeNull();
    expect(await branches.branchForKey(fresh!)).toBe('k1');
    expect(await branches.branchForKey('lbk_k1_not-a-key')).toBeNull();
  });
});
