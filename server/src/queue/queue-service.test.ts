import type { StaffQueueEvent } from '@lobby/shared';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { EngineCommand } from '../engine/types.ts';
import { demoBranchConfig } from '../seed/demo-config.ts';
import { openBranchStore, type BranchStore } from '../store/branch-store.ts';
import { QueueService } from './queue-service.ts';

const START = Date.parse('2026-11-24T10:00:00+08:00');
let dir: string;
let store: BranchStore;
let now: number;
let queue: QueueService;
let published: StaffQueueEvent[];

const kiosk = { role: 'kiosk' as const, id: 'dev_kiosk', name: 'kiosk', counterId: null };
const issue = (n: number): EngineCommand => ({
  type: 'ticket:issue',
  actorId: kiosk.id,
  ticketId: `t${n}`,
  token: `token-${n}-xxxxxxxxxxxx`,
  laneId: 'A',
  businessTypeId: 'cash',
  priorityGroupId: null,
  vipTierId: null,
  channel: 'kiosk',
});
const count = (table: string) => (store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lobby-qs-'));
  now = START;
  store = openBranchStore(dir, now);
  queue = new QueueService(store, () => now, pino({ level: 'silent' }), { config: demoBranchConfig });
  published = [];
  queue.onPublished((events) => published.push(...events));
});
afterEach(() => {
  store.db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a command writes state, one log row per event and its ack, then publishes with consecutive seqs', async () => {
  const ack = await queue.executeEngine(kiosk, 'req-00000001', issue(1), (s) => s.tickets.get('t1')?.number);
  expect(ack).toEqual({ ok: true, data: 'A001' });
  await queue.executeEngine(kiosk, 'req-00000002', issue(2), () => null);
  expect(published.map((e) => [e.seq, e.type])).toEqual([
    [1, 'ticket:issued'],
    [2, 'ticket:issued'],
  ]);
  expect(count('tickets')).toBe(2);
  expect(count('event_log')).toBe(2);
  expect(count('command_results')).toBe(2);
  const logged = store.eventLog.after(0, 10);
  expect(logged).toEqual(published);
});

test('a repeated requestId returns the stored ack without deciding again', async () => {
  const first = await queue.executeEngine(kiosk, 'req-00000001', issue(1), () => 'first');
  const second = await queue.executeEngine(kiosk, 'req-00000001', issue(2), () => 'second');
  expect(second).toEqual(first);
  expect(queue.current.tickets.has('t2')).toBe(false);
  expect(published).toHaveLength(1);
});

test('a refused command changes nothing but its stored ack', async () => {
  const ack = await queue.executeEngine(
    kiosk,
    'req-00000003',
    { type: 'ticket:start', actorId: null, counterId: 'c2' },
    () => null,
  );
  expect(ack.ok).toBe(false);
  expect(count('event_log')).toBe(0);
  expect(count('command_results')).toBe(1);
  expect(published).toEqual([]);
});

test('a failure inside the transaction leaves the database, the memory state and the clients untouched', async () => {
  await queue.executeEngine(kiosk, null, issue(1), () => null);
  const before = queue.current;
  await expect(
    queue.executeEngine(kiosk, 'req-00000004', issue(2), () => null, {
      persist: () => {
        throw new Error('disk full');
      },
    }),
  ).rejects.toThrow('disk full');
  expect(queue.current).toBe(before);
  expect(queue.lastSeq).toBe(1);
  expect(count('tickets')).toBe(1);
  expect(count('event_log')).toBe(1);
  expect(count('command_results')).toBe(0);
  expect(published).toHaveLength(1);
});

test('a new service on the same database continues with the same state and seq', async () => {
  await queue.executeEngine(kiosk, null, issue(1), () => null);
  await queue.executeEngine(kiosk, null, issue(2), () => null);
  const again = new QueueService(store, () => now, pino({ level: 'silent' }), { config: demoBranchConfig });
  expect(again.lastSeq).toBe(2);
  expect([...again.current.tickets.keys()]).toEqual(['t1', 't2']);
  expect(again.current.lanes).toEqual(queue.current.lanes);
  const next = await again.executeEngine(kiosk, null, issue(3), (s) => s.tickets.get('t3')?.number);
  expect(next).toEqual({ ok: true, data: 'A003' });
});

test('system ticks with nothing to do write nothing', async () => {
  const changes = () => (store.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const before = changes();
  for (let i = 0; i < 5; i++) {
    now += 1000;
    await queue.executeEngine(null, null, { type: 'system:tick', actorId: null }, () => null);
  }
  expect(changes()).toBe(before);
  expect(published).toEqual([]);
});

describe('group commit', () => {
  let batches: { commands: number; ms: number }[];
  beforeEach(() => {
    batches = [];
    queue.onBatchCommitted((b) => batches.push(b));
  });

  test('commands queued in one turn share one transaction, each deciding on the state the previous one left', async () => {
    const acks = await Promise.all(
      [1, 2, 3].map((n) =>
        queue.executeEngine(kiosk, `req-0000000${n}`, issue(n), (s) => s.tickets.get(`t${n}`)?.number),
      ),
    );
    expect(acks).toEqual([
      { ok: true, data: 'A001' },
      { ok: true, data: 'A002' },
      { ok: true, data: 'A003' },
    ]);
    expect(batches.map((b) => b.commands)).toEqual([3]);
    expect(published.map((e) => e.seq)).toEqual([1, 2, 3]);
    // Each event carries its own ticket, and the lane figures as of the batch's commit.
    expect(published.map((e) => e.ticket?.number)).toEqual(['A001', 'A002', 'A003']);
    expect(published.map((e) => e.lanes.find((l) => l.laneId === 'A')?.waiting)).toEqual([3, 3, 3]);
    expect(store.eventLog.after(0, 10)).toEqual(published);
    expect(count('command_results')).toBe(3);
  });

  test('a repeated requestId inside the same batch gets the first answer', async () => {
    const [first, second] = await Promise.all([
      queue.executeEngine(kiosk, 'req-00000001', issue(1), () => 'first'),
      queue.executeEngine(kiosk, 'req-00000001', issue(2), () => 'second'),
    ]);
    expect(second).toEqual(first);
    expect(queue.current.tickets.has('t2')).toBe(false);
  });

  test('a command that throws is taken back alone: the rest of its batch commits', async () => {
    const results = await Promise.allSettled([
      queue.executeEngine(kiosk, 'req-00000001', issue(1), () => null),
      queue.executeEngine(kiosk, 'req-00000002', issue(2), () => null, {
        persist: () => {
          throw new Error('bad row');
        },
      }),
      queue.executeEngine(kiosk, 'req-00000003', issue(3), (s) => s.tickets.get('t3')?.number),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    // The thrown command left no ticket, number, log row or ack: the next ticket takes A002.
    expect(results[2]).toMatchObject({ value: { ok: true, data: 'A002' } });
    expect([...queue.current.tickets.keys()]).toEqual(['t1', 't3']);
    expect(count('tickets')).toBe(2);
    expect(count('command_results')).toBe(2);
    expect(published.map((e) => [e.seq, e.ticket?.id])).toEqual([
      [1, 't1'],
      [2, 't3'],
    ]);
  });

  test('a batch whose transaction is lost commits nothing and tells every command so', async () => {
    await queue.executeEngine(kiosk, null, issue(1), () => null);
    const before = queue.current;
    published = [];
    const results = await Promise.allSettled([
      queue.executeEngine(kiosk, 'req-00000002', issue(2), () => null),
      // What SQLite does on a full disk or an I/O error: the statement fails and the whole transaction is gone.
      queue.executeEngine(kiosk, 'req-00000003', issue(3), () => null, {
        persist: (s) => {
          s.db.exec('ROLLBACK');
          throw new Error('SQLITE_IOERR');
        },
      }),
      queue.executeEngine(kiosk, 'req-00000004', issue(4), () => null),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(queue.current).toBe(before);
    expect(queue.lastSeq).toBe(1);
    expect(count('tickets')).toBe(1);
    expect(count('event_log')).toBe(1);
    expect(count('command_results')).toBe(0);
    expect(published).toEqual([]);
    // The service goes on: the next command commits normally, numbered after the last kept one.
    expect(await queue.executeEngine(kiosk, null, issue(5), (s) => s.tickets.get('t5')?.number)).toEqual({
      ok: true,
      data: 'A002',
    });
  });

  test('a throwing listener is logged: the batch is still answered and published', async () => {
    queue.onBatchCommitted(() => {
      throw new Error('metrics down');
    });
    queue.onPublished(() => {
      throw new Error('socket layer down');
    });
    expect(await queue.executeEngine(kiosk, null, issue(1), (s) => s.tickets.get('t1')?.number)).toEqual({
      ok: true,
      data: 'A001',
    });
    expect(published.map((e) => e.type)).toEqual(['ticket:issued']);
    expect(batches.map((b) => b.commands)).toEqual([1]);
  });

  test('flush commits what is queued at once, before the event loop turns', async () => {
    const pending = queue.executeEngine(kiosk, null, issue(1), () => null);
    queue.flush();
    expect(count('tickets')).toBe(1);
    expect(await pending).toEqual({ ok: true, data: null });
  });
});
