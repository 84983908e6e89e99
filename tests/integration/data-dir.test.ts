import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openBranchStore } from '../../server/src/store/branch-store.ts';
import { DataDirError } from '../../server/src/store/database.ts';

/** DATA_DIR holds password hashes and the VIP key: private to the server's user; a bad one is one clear line. */
const scratch = mkdtempSync(join(tmpdir(), 'lobby-datadir-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;

describe('DATA_DIR', () => {
  it('is created 0700 and the database files 0600; an existing open folder is closed to others', () => {
    const fresh = join(scratch, 'fresh', 'data');
    const store = openBranchStore(fresh, Date.now());
    store.db.prepare("INSERT INTO engine_meta (key, value) VALUES ('probe', '1') ON CONFLICT DO NOTHING").run();
    expect(mode(fresh)).toBe(0o700);
    for (const f of ['lobby.sqlite3', 'lobby.sqlite3-wal', 'lobby.sqlite3-shm'])
      expect(mode(join(fresh, f))).toBe(0o600);
    store.db.close();

    const open = join(scratch, 'open');
    mkdirSync(open, { mode: 0o755 });
    chmodSync(open, 0o755);
    openBranchStore(open, Date.now()).db.close();
    expect(mode(open)).toBe(0o700);
    expect(mode(join(open, 'lobby.sqlite3'))).toBe(0o600);
  });

  it('that is a file, or under one, stops the start with what to do', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'x');
    expect(() => openBranchStore(file, Date.now())).toThrow(DataDirError);
    expect(() => openBranchStore(file, Date.now())).toThrow(`DATA_DIR ${file} is a file, not a folder`);
    expect(() => openBranchStore(join(file, 'data'), Date.now())).toThrow(
      /^DATA_DIR .* cannot be created \(ENOTDIR\): create it for this user or point DATA_DIR elsewhere$/,
    );
  });
});
