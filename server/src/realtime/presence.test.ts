import type { StaffQueueEvent } from '@lobby/shared';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { QueueService } from '../queue/queue-service.ts';
import { demoBranchConfig } from '../seed/demo-config.ts';
import { openBranchStore, type BranchStore } from '../store/branch-store.ts';
import { Presence, PresenceKeeper } from './presence.ts';

const START = Date.parse('2026-11-24T10:00:00+08:00');
const GRACE_MS = 10_000;
let dir: string;
let store: BranchStore;
let now: number;
let queue: QueueService;
let keeper: PresenceKeeper;
let published: StaffQueueEvent[];
const teller = { role: 'teller' as const, id: 'stf_t1', name: '柜员1', counterId: null };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lobby-presence-'));
  now = START;
  store = openBranchStore(dir, now);
  queue = new QueueService(store, () => now, pino({ level: 'silent' }), { config: demoBranchConfig });
  keeper = new PresenceKeeper(new Presence(START, GRACE_MS), queue, pino({ level: 'silent' }));
  keeper.connected(teller.id, 'sock1');
  const on = await queue.executeEngine(
    teller,
    null,
    { type: 'counter:signOn', actorId: teller.id, counterId: 'c2', tellerId: teller.id, tellerName: teller.name },
    () => null,
  );
  expect(on.ok).toBe(true);
  now += GRACE_MS;
  published = [];
  queue.onPublished((events) => published.push(...events));
});
afterEach(() => {
  store.db.close();
  rmSync(dir, { recursive: true, force: true });
});

const settle = () => new Promise((r) => setImmediate(r));

test("a counter goes offline when its teller's last socket drops, and back online when one returns", async () => {
  keeper.disconnected(teller.id, 'sock1');
  await settle();
  expect(queue.current.counters.get('c2')?.online).toBe(false);
  keeper.connected(teller.id, 'sock2');
  await settle();
  expect(queue.current.counters.get('c2')?.online).toBe(true);
  expect(published.map((e) => [e.type, e.counter?.id, e.counter?.online])).toEqual([
    ['counter:wentOffline', 'c2', false],
    ['counter:cameOnline', 'c2', true],
  ]);
});

test('a drop and a reconnect in the same turn cancel out: the counter never goes offline', async () => {
  keeper.disconnected(teller.id, 'sock1');
  keeper.connected(teller.id, 'sock2');
  await settle();
  expect(queue.current.counters.get('c2')?.online).toBe(true);
  expect(published).toEqual([]);
});

test('inside the start-up grace nobody is taken offline', async () => {
  now = START + 1000;
  keeper.disconnected(teller.id, 'sock1');
  await settle();
  expect(queue.current.counters.get('c2')?.online).toBe(true);
});
