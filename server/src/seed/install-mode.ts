import type { BranchConfig } from '@lobby/shared';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StartFailure } from '../app/start-failure.ts';
import { oneTimePassword } from '../auth/one-time-password.ts';
import { verifyPassword } from '../auth/passwords.ts';
import type { BranchStore } from '../store/branch-store.ts';
import type { InstallMode } from '../store/install-meta.ts';
import { DEMO_ADMIN, DEMO_DEVICES_FILE, seedDemo } from './demo-seed.ts';

/**
 * What a DATA_DIR holds is decided at its first start and never mixed: the demo branch
 * (seeded staff with known passwords, paired devices, VIPs) or a real branch (nothing but
 * one administrator with a one-time password). Returns that password on a real branch's
 * first start — to be shown once; only its hash is stored.
 */
export function prepareInstall(
  store: BranchStore,
  mode: InstallMode,
  opts: { dataDir: string; config: BranchConfig; now: number },
): { firstAdminPassword: string | null } {
  const held = store.install.mode() ?? legacyMode(store, opts.dataDir);
  if (held === 'demo' && mode === 'branch')
    throw new StartFailure(
      `DATA_DIR ${opts.dataDir} holds the demo branch (demo accounts with known passwords); a real branch starts on a DATA_DIR of its own: set DATA_DIR to a new folder (docs/deploy.md)`,
    );
  if (held === 'branch' && mode === 'demo')
    throw new StartFailure(
      `DATA_DIR ${opts.dataDir} holds a real branch; the demo runs on a DATA_DIR of its own: set DATA_DIR to another folder for npm start, or start this branch with npm run branch`,
    );
  if (held === null) store.install.setMode(mode);
  if (store.staff.list().length > 0) return { firstAdminPassword: null };
  if (mode === 'demo') {
    seedDemo(store, opts.config, opts.dataDir, opts.now);
    return { firstAdminPassword: null };
  }
  const password = oneTimePassword();
  store.staff.create(
    { username: 'admin', name: '管理员', role: 'admin', staffNo: '0001', password, mustChangePassword: true },
    opts.now,
  );
  return { firstAdminPassword: password };
}

/** A database from before install_meta: the demo left its device file and its well-known admin password. */
function legacyMode(store: BranchStore, dataDir: string): InstallMode | null {
  const staff = store.staff.list();
  if (staff.length === 0) return null;
  if (existsSync(join(dataDir, DEMO_DEVICES_FILE))) return 'demo';
  const admin = store.staff.byUsername(DEMO_ADMIN.username);
  return admin && verifyPassword(DEMO_ADMIN.password, admin.passwordHash) ? 'demo' : 'branch';
}
