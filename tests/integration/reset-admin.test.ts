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

test('npm run reset-admin sets a new admin password in DATA_DIR, prints it, and the admin must replace it', async () => {
  const cli = (args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'server/src/cli/reset-admin.ts', ...args], {
      cwd: REPO,
      env: { ...process.env, DATA_DIR: server.dataDir },
    });
  // The one password rule, as in the staff app and the REST API.
  for (const weak of ['n3w-Secre', 'qwertyuiop', 'admin-2026-x']) {
    const refused = await cli(['--password', weak]).catch((err: { code: number; stderr: string }) => err);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(/not accepted: (at least 10|too common|must not contain)/);
  }
  const given = await cli(['--password', 'Branch-Reset-2026']);
  expect(given.stdout).toContain('password: Branch-Reset-2026');
  const me = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Branch-Reset-2026' }),
  });
  expect(((await me.json()) as { user: { mustChangePassword: boolean } }).user.mustChangePassword).toBe(true);
  await expect(server.login('admin', 'admin123')).rejects.toThrow(/401/);

  const random = await cli([]);
  const printed = /password: (\S+)/.exec(random.stdout)?.[1];
  expect(printed).toMatch(/^([A-Za-z0-9]{4}-){3}[A-Za-z0-9]{4}$/);
  expect(await server.login('admin', printed)).toBeTruthy();
}, 60_000);
