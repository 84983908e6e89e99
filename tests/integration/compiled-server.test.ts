import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The compiled server (npm run build): plain node runs it, and everything it loads at run
 * time is a production dependency — so `npm ci --omit=dev && npm run branch` works with no
 * tsx, TypeScript, Vite or Electron on the branch server.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'server', 'dist', 'bin');
const ENTRIES = ['main.js', 'reset-admin.js', 'make-cert.js', 'backup.js', 'restore.js'];

const readJson = (path: string) =>
  JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };

let dataDir: string;
beforeAll(() => {
  // Builds only the server, and only if a source is newer than the bundle.
  execFileSync(process.execPath, ['--import', 'tsx', 'server/scripts/build.ts', 'server'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  dataDir = mkdtempSync(join(tmpdir(), 'lobby-compiled-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the compiled server', () => {
  it('loads only Node built-ins and production dependencies', () => {
    const production = new Set([
      ...Object.keys(readJson('server/package.json').dependencies ?? {}),
      ...Object.keys(readJson('shared/package.json').dependencies ?? {}),
    ]);
    const devOnly = new Set(Object.keys(readJson('package.json').devDependencies ?? {}));
    const builtins = new Set(builtinModules);
    for (const entry of ENTRIES) {
      const code = readFileSync(join(BIN, entry), 'utf8');
      // esbuild writes static imports at the start of a line; dynamic ones as import("x").
      const specifiers = [
        ...code.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"/gm),
        ...code.matchAll(/^import\s*"([^"]+)"/gm),
        ...code.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g),
      ]
        .map((m) => m[1]!)
        .filter((spec) => !spec.startsWith('.'));
      expect(specifiers.length).toBeGreaterThan(0);
      for (const spec of specifiers) {
        if (spec.startsWith('node:') || builtins.has(spec)) continue;
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        expect(pkg.startsWith('@lobby/'), `${entry} imports our workspace ${spec} instead of bundling it`).toBe(false);
        // A root dev dependency counts when a workspace also lists it as its own dependency.
        const why = devOnly.has(pkg) ? 'a dev dependency only' : 'not a production dependency';
        expect(production.has(pkg), `${entry} imports ${spec}, ${why}`).toBe(true);
      }
    }
  });

  it('leaves Electron to the kiosk: no server install, however made, gets it or runs its install script', () => {
    const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
      allowScripts?: Record<string, boolean>;
    };
    expect(root.dependencies?.electron).toBeUndefined();
    expect(root.devDependencies?.electron).toBeUndefined();
    expect(root.allowScripts?.electron).toBe(false);
    for (const ws of ['server', 'shared']) {
      const pkg = readJson(`${ws}/package.json`);
      expect({ ws, electron: pkg.dependencies?.electron }).toEqual({ ws, electron: undefined });
    }
    expect(readJson('kiosk/package.json').devDependencies?.electron).toMatch(/^\^41\./);
  });

  it('starts a real branch with plain node, no tsx', async () => {
    const child = spawn(process.execPath, [join(BIN, 'main.js'), '--branch'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', LOBBY_MODE: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    await new Promise<void>((ready) => {
      const collect = (chunk: Buffer) => {
        output += chunk.toString();
        if (/ready in \d+ ms/.test(output)) ready();
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      void exited.then(() => ready());
    });
    const port = /https?:\/\/[^\s:]+:(\d+)\/counter/.exec(output)?.[1];
    expect(output).toMatch(/ready in \d+ ms — branch/);
    expect(output).toMatch(/one-time password: \S+/);
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    const page = await fetch(`http://127.0.0.1:${port}/counter/`);
    expect(page.status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
