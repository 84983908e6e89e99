/**
 * `npm run build`: the web apps (Vite) and the server (esbuild: one ESM file per entry point,
 * our own TypeScript — server and @lobby/shared — bundled, every npm package left to
 * node_modules), so a branch runs with `node` and production dependencies only. A part whose
 * output is newer than all of its inputs is skipped: `npm start` rebuilds only what changed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SHARED = ['shared/src', 'shared/package.json', 'package-lock.json'];

/**
 * The bundles live in server/dist/bin: two levels below server/, as the sources are in
 * server/src/<layer>, so the paths they compute from import.meta.dirname (../../migrations,
 * ../../../<app>/dist) point at the same folders in both.
 */
export const SERVER_ENTRIES = {
  main: 'server/src/main.ts',
  'reset-admin': 'server/src/cli/reset-admin.ts',
  'make-cert': 'server/src/cli/make-cert.ts',
  backup: 'server/src/cli/backup.ts',
  restore: 'server/src/cli/restore.ts',
} as const;

interface Part {
  name: string;
  inputs: string[];
  /** A file the build writes last; its time says when the part was built. */
  stamp: string;
  run(): Promise<void>;
}

const webApp = (workspace: string, sources: string[] = [`${workspace}/src`, `${workspace}/index.html`]): Part => ({
  name: workspace,
  inputs: [...sources, `${workspace}/vite.config.ts`, `${workspace}/public`, `${workspace}/package.json`, ...SHARED],
  stamp: `${workspace}/dist/.built`,
  run: async () => {
    execFileSync('npm', ['run', 'build', '-w', workspace], { cwd: ROOT, stdio: 'inherit' });
  },
});

const PARTS: Part[] = [
  webApp('kiosk', ['kiosk/src', 'kiosk/index.html', 'kiosk/mobile.html']),
  webApp('display-board'),
  webApp('counter-client'),
  webApp('hq', ['hq/web', 'hq/src']),
  {
    name: 'server',
    inputs: ['server/src', 'server/package.json', 'server/scripts/build.ts', ...SHARED],
    stamp: 'server/dist/bin/.built',
    run: async () => {
      await build({
        absWorkingDir: ROOT,
        entryPoints: Object.fromEntries(Object.entries(SERVER_ENTRIES).map(([out, src]) => [out, src])),
        outdir: 'server/dist/bin',
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        sourcemap: true,
        logLevel: 'warning',
        plugins: [
          {
            name: 'npm-packages-stay-external',
            setup(b) {
              // Bare imports are npm packages, loaded from node_modules at run time — except our workspaces.
              b.onResolve({ filter: /^[^./]/ }, (args) =>
                args.path.startsWith('@lobby/') ? undefined : { path: args.path, external: true },
              );
            },
          },
        ],
      });
    },
  },
];

function newestInput(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const st = statSync(path);
    if (st.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules' && entry !== 'dist') visit(join(path, entry));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of paths) visit(join(ROOT, p));
  return newest;
}

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  for (const part of PARTS) {
    if (only.length > 0 && !only.includes(part.name)) continue;
    const stamp = join(ROOT, part.stamp);
    const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
    if (!force && builtAt > newestInput(part.inputs)) {
      console.log(`build: ${part.name} is up to date`);
      continue;
    }
    const started = performance.now();
    await part.run();
    writeFileSync(stamp, `${new Date().toISOString()}\n`);
    console.log(
      `build: ${part.name} built in ${Math.round(performance.now() - started)} ms (${relative(ROOT, stamp)})`,
    );
  }
}

await main();
