import * as crypto from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { openBranchStore, type BranchStore } from '../store/branch-store.ts';
import { AuthService } from './auth-service.ts';

// Counts the password-hash work behind each login.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof crypto>();
  return { ...actual, scryptSync: vi.fn(actual.scryptSync) };
});

let dir: string;
let store: BranchStore;
let auth: AuthService;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lobby-auth-'));
  store = openBranchStore(dir, 0);
  auth = new AuthService(store.staff, store.devices, () => 0);
  store.staff.create(
    {
      username: 'known',
      name: 'K',
      role: 'teller',
      staffNo: '1',
      password: 'right-password',
      mustChangePassword: false,
    },
    0,
  );
  const gone = store.staff.create(
    { username: 'gone', name: 'G', role: 'teller', staffNo: '2', password: 'pw-123456', mustChangePassword: false },
    0,
  );
  store.db.prepare('UPDATE staff_users SET active = 0 WHERE id = ?').run(gone.id);
  // The first unknown login builds the stand-in hash once; leave that out of the counts.
  auth.login('warm-up', 'x');
  vi.mocked(crypto.scryptSync).mockClear();
});
afterEach(() => {
  store.db.close();
  rmSync(dir, { recursive: true, force: true });
});

function hashWorkOf(username: string, password: string): number {
  vi.mocked(crypto.scryptSync).mockClear();
  expect(auth.login(username, password)).toBeNull();
  return vi.mocked(crypto.scryptSync).mock.calls.length;
}

test('a wrong password, an unknown user and an inactive user each cost one scrypt', () => {
  expect(hashWorkOf('known', 'wrong-password')).toBe(1);
  expect(hashWorkOf('nobody-at-all', 'wrong-password')).toBe(1);
  // Even the right password of a deactivated account: verified, then refused.
  expect(hashWorkOf('gone', 'pw-123456')).toBe(1);
  expect(auth.login('known', 'right-password')?.response.user.username).toBe('known');
});
