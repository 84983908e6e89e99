import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { demoBranchConfig } from '../seed/demo-config.ts';
import { createInitialState } from '../engine/state.ts';
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
  store.db.transaction(() => store.engineState.saveChanges(null, state))();
  // What an older release wrote: the same config without the settings added since.
  const old = structuredClone(state.config) as unknown as Record<string, unknown> & {
    policy: Record<string, unknown>;
  };
  delete old.policy.noShowMinSec;
  delete old.appointments;
  delete old.remoteQueue;
  delete old.reminders;
  store.db.prepare("UPDATE engine_meta SET value = ? WHERE key = 'config'").run(JSON.stringify(old));

  const loaded = store.engineState.load().config;
  expect(loaded.policy.noShowMinSec).toBe(30);
  expect(loaded.appointments.enabled).toBe(false);
  expect(loaded.remoteQueue).toMatchObject({ enabled: false, laneIds: [] });
  expect(loaded.reminders.aheadCount).toBe(3);
  store.db.close();
});
