import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { demoBranchConfig } from '../seed/demo-config.ts';
import { createInitialState } from '../engine/state.ts';
import { newWaitingTicket } from '../engine/new-ticket.ts';
import type { Ticket } from '../engine/types.ts';
import { openBranchStore } from './branch-store.ts';

/**
 * A branch upgraded to a release with new settings still starts: the config saved by the
 * older release (without them) is loaded through the schema and gets each one's default.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

test('a config saved before the newer settings existed loads with their defaults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lobby-config-'));
  dirs.push(dir);
  const now = Date.parse('2026-11-24T10:00:00+08:00');
  const store = openBranchStore(dir, now);
  const state = createInitialState(demoBranchConfig(), now);
  store.db.transaction(() => store.engineState.saveChanges(null, state, 'all'))();
  // What an older release wrote: the same config without the settings added since.
  const old = structuredClone(state.config) as unknown as Record<string, unknown> & {
    policy: Record<string, unknown>;
  };
  delete old.policy.noShowMinSec;
  delete old.policy.overdueCatchUp;
  delete old.appointments;
  delete old.remoteQueue;
  delete old.reminders;
  delete old.hallMessageMin;
  store.db.prepare("UPDATE engine_meta SET value = ? WHERE key = 'config'").run(JSON.stringify(old));

  const loaded = store.engineState.load().config;
  delete (old as { finishReasons?: unknown }).finishReasons;
  store.db.prepare("UPDATE engine_meta SET value = ? WHERE key = 'config'").run(JSON.stringify(old));
  const again = store.engineState.load().config;
  expect(again.policy.noShowMinSec).toBe(30);
  expect(again.policy.overdueCatchUp).toBe(0.25);
  expect(again.finishReasons.map((r) => r.id)).toContain('documents');
  expect(loaded.policy.noShowMinSec).toBe(30);
  expect(loaded.policy.overdueCatchUp).toBe(0.25);
  expect(loaded.appointments.enabled).toBe(false);
  expect(loaded.remoteQueue).toMatchObject({ enabled: false, laneIds: [] });
  expect(loaded.reminders.aheadCount).toBe(3);
  expect(loaded.hallMessageMin).toBe(10);
  store.db.close();
});

test('a hall message stored before expiry existed keeps the two minutes the display used to give it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lobby-message-'));
  dirs.push(dir);
  const now = Date.parse('2026-11-24T10:00:00+08:00');
  const store = openBranchStore(dir, now);
  store.db.transaction(() => store.engineState.saveChanges(null, createInitialState(demoBranchConfig(), now), 'all'))();
  const old = { id: 'msg1', text: '请保管好随身财物', speak: true, at: now };
  store.db.prepare("UPDATE engine_meta SET value = ? WHERE key = 'lastMessage'").run(JSON.stringify(old));
  expect(store.engineState.load().lastMessage).toEqual({ ...old, expiresAt: now + 2 * 60_000 });
  store.db.close();
});

test('a ticket stored before the suspension and finish-reason fields existed loads with them empty', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lobby-ticket-'));
  dirs.push(dir);
  const now = Date.parse('2026-11-24T10:00:00+08:00');
  const store = openBranchStore(dir, now);
  const state = createInitialState(demoBranchConfig(), now);
  store.db.transaction(() => store.engineState.saveChanges(null, state, 'all'))();
  const old = {
    ...newWaitingTicket({
      id: 't1',
      token: 'tok',
      number: 'A001',
      laneId: 'A',
      businessTypeId: 'cash',
      businessDate: state.businessDate,
      channel: 'kiosk',
      issuedAt: now,
      priorityGroupId: null,
      vipTierId: null,
    }),
  } as Partial<Ticket>;
  delete old.suspension;
  delete old.finishReason;
  const { token: _token, ...data } = old;
  store.db
    .prepare(
      `INSERT INTO tickets (id, business_date, number, lane_id, business_type_id, status, counter_id, token, issued_at, data)
       VALUES ('t1', ?, 'A001', 'A', 'cash', 'waiting', NULL, 'tok', ?, ?)`,
    )
    .run(state.businessDate, now, JSON.stringify(data));
  const [ticket] = store.engineState.load().tickets;
  expect(ticket).toMatchObject({ id: 't1', suspension: null, finishReason: null });
  expect(store.engineState.ticketByToken('tok')).toMatchObject({ suspension: null, finishReason: null });
  store.db.close();
});
