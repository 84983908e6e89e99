import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '..', '..');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

test('npm run reset-admin sets a new admin password in DATA_DIR and prints it', async () => {
  const cli = (args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'server/src/cli/reset-admin.ts', ...args], {
      cwd: REPO,
      env: { ...process.env, DATA_DIR: server.dataDir },
    });
  const given = await cli(['--password', 'n3w-Secret']);
  expect(given.stdout).toContain('password: n3w-Secret');
  expect(await server.login('admin', 'n3w-Secret')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await expect(server.login('admin', 'admin123')).rejects.toThrow(/401/);

  const random = await cli([]);
  const printed = /password: (\S+)/.exec(random.stdout)?.[1];
  expect(printed).toMatch(/^[A-Za-z0-9_-]{12}$/);
  expect(await server.login('admin', printed)).toBeTruthy();
}, 60_000);
