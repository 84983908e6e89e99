import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { passwordProblem, type LoginResponse } from '@lobby/shared';
import { createApp, type LobbyApp } from '../../server/src/app/create-app.ts';
import { StartFailure } from '../../server/src/app/start-failure.ts';

/**
 * A real branch, apart from the demo: no demo staff, devices or VIPs; one admin with a
 * one-time password shown once (stored only as a hash); the demo's DATA_DIR and a branch's
 * are never mixed; the start banner never prints a password that is not a demo one.
 */
const REPO = resolve(import.meta.dirname, '..', '..');
const dirs: string[] = [];
const apps: LobbyApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lobby-branch-'));
  dirs.push(dir);
  return dir;
}

function start(dataDir: string, mode: 'demo' | 'branch'): LobbyApp {
  const app = createApp({ dataDir, mode, logger: pino({ level: 'silent' }), tickIntervalMs: 60_000 });
  apps.push(app);
  return app;
}

async function listen(app: LobbyApp): Promise<string> {
  await new Promise<void>((r) => app.httpServer.listen(0, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
}

async function login(url: string, username: string, password: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return { status: res.status, body: (await res.json()) as LoginResponse };
}

/** Runs main.ts until it says it is ready (or exits); returns everything it printed. */
function runMain(dataDir: string, args: string[]): Promise<{ output: string; code: number | null }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', ...args], {
      cwd: REPO,
      env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', LOBBY_MODE: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      // The banner is one write: once "ready" is there, all of it is.
      if (/ready in \d+ ms/.test(output)) child.kill('SIGTERM');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => done({ output, code }));
  });
}

describe('a real branch', () => {
  it('starts with only an administrator, whose one-time password is shown once and stored only as a hash', async () => {
    const dataDir = tempDir();
    const app = start(dataDir, 'branch');
    const password = app.firstAdminPassword!;
    expect(passwordProblem(password)).toBeNull();
    const { store } = app.ctx;
    expect(store.staff.list().map((s) => [s.username, s.role, s.mustChangePassword])).toEqual([
      ['admin', 'admin', true],
    ]);
    expect(store.db.prepare('SELECT count(*) AS n FROM devices').get()).toEqual({ n: 0 });
    expect(store.db.prepare('SELECT count(*) AS n FROM vip_customers').get()).toEqual({ n: 0 });
    expect(existsSync(join(dataDir, 'demo-devices.json'))).toBe(false);
    expect(app.ctx.demo).toBe(false);

    const url = await listen(app);
    expect((await login(url, 'admin', 'admin123')).status).toBe(401);
    const first = await login(url, 'admin', password);
    expect(first.body.user.mustChangePassword).toBe(true);
    const info = await fetch(`${url}/api/server-info`);
    expect(await info.json()).toEqual({ ok: true, data: { demo: false } });
    await app.close();
    apps.splice(apps.indexOf(app), 1);
    // Only the hash is on disk: the clear password is in no file of DATA_DIR.
    for (const file of readdirSync(dataDir))
      expect(readFileSync(join(dataDir, file)).includes(Buffer.from(password)), file).toBe(false);

    const again = start(dataDir, 'branch');
    expect(again.firstAdminPassword).toBeNull();
  });

  it('never starts on the demo’s DATA_DIR, nor the demo on a real branch’s', () => {
    const demoDir = tempDir();
    start(demoDir, 'demo');
    const branchDir = tempDir();
    start(branchDir, 'branch');
    for (const app of apps.splice(0)) void app.close();
    expect(() => start(demoDir, 'branch')).toThrow(StartFailure);
    expect(() => start(demoDir, 'branch')).toThrow(/holds the demo branch/);
    expect(() => start(branchDir, 'demo')).toThrow(/holds a real branch/);
  });

  it('main: the banner shows the one-time password on the first start only; a demo DATA_DIR is refused in one line', async () => {
    const dataDir = tempDir();
    const first = await runMain(dataDir, ['--branch']);
    const password = /one-time password: (\S+)/.exec(first.output)?.[1];
    expect(password, first.output).toBeDefined();
    expect(first.output).not.toMatch(/admin123|lobby123|teller123|演示|DEMO/);
    const second = await runMain(dataDir, ['--branch']);
    expect(second.output).toMatch(/ready in \d+ ms/);
    expect(second.output).not.toContain(password!);
    expect(second.output).not.toMatch(/password/i);

    const demoDir = tempDir();
    const demo = await runMain(demoDir, ['--demo']);
    expect(demo.output).toMatch(/DEMO branch \(演示\)/);
    expect(demo.output).toContain('admin / admin123');
    const refused = await runMain(demoDir, ['--branch']);
    expect(refused.code).toBe(1);
    expect(refused.output.trim().split('\n')).toHaveLength(1);
    expect(refused.output).toMatch(/^Cannot start: DATA_DIR .* holds the demo branch/);
  }, 90_000);
});
