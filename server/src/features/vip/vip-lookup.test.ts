import * as crypto from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { openBranchStore, type BranchStore } from '../../store/branch-store.ts';
import { answerVipLookup } from './vip-lookup.ts';
import { openVipProof } from './vip-proof.ts';

// Counts the crypto work of each lookup.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof crypto>();
  return { ...actual, createHmac: vi.fn(actual.createHmac), createCipheriv: vi.fn(actual.createCipheriv) };
});

let dir: string;
let store: BranchStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lobby-vip-'));
  store = openBranchStore(dir, 0);
  store.vip.upsert('13800000001', 'diamond', 0);
});
afterEach(() => {
  store.db.close();
  rmSync(dir, { recursive: true, force: true });
});

function workOf(identifier: string) {
  vi.mocked(crypto.createHmac).mockClear();
  vi.mocked(crypto.createCipheriv).mockClear();
  const reads = vi.spyOn(store.vip, 'tierOf');
  const answer = answerVipLookup(store.vip, 'dev_k', identifier, 1000);
  const work = {
    hmacs: vi.mocked(crypto.createHmac).mock.calls.length,
    seals: vi.mocked(crypto.createCipheriv).mock.calls.length,
    registryReads: reads.mock.calls.length,
  };
  reads.mockRestore();
  return { answer, work };
}

test('a hit and a miss do the same HMAC, registry and sealing work', () => {
  const hit = workOf('138 0000 0001');
  const miss = workOf('13800000009');
  expect(hit.work).toEqual({ hmacs: 1, seals: 1, registryReads: 1 });
  expect(miss.work).toEqual(hit.work);
  expect(hit.answer.tierId).toBe('diamond');
  expect(miss.answer).toEqual({ tierId: null, proof: null });
  const opened = openVipProof(store.vip.proofKey, hit.answer.proof!, 'dev_k', 1000);
  expect(opened.ok && opened.claims.tierId).toBe('diamond');
  expect(opened.ok && opened.claims.identifierHash).toBe(store.vip.hash('13800000001'));
});
