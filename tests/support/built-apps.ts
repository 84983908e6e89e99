import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Browser tests run against the built web apps, as the server serves them. Each app is
 * built once per run, and only when a source file is newer than its dist — CI builds
 * first, so there nothing is rebuilt. Built with NODE_ENV=production: a test-mode build
 * bundles React's slow development build, which stalls pages and drops their sockets.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const APPS = ['kiosk', 'display-board', 'counter-client', 'hq'] as const;
const SOURCES = ['src', 'web', 'index.html', 'mobile.html', 'vite.config.ts', 'public'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function isStale(app: string): boolean {
  const dir = join(ROOT, app);
  const built = join(dir, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(newestMtime(join(ROOT, 'shared', 'src')), ...SOURCES.map((s) => newestMtime(join(dir, s))));
  return sources > statSync(built).mtimeMs;
}

export function ensureAppsBuilt(): void {
  for (const app of APPS) {
    if (!isStale(app)) continue;
    console.log(`[browser tests] building ${app} …`);
    execFileSync('npm', ['run', 'build', '-w', app], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
}
