import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, startChildServer } from '../common/child-server.ts';

/**
 * P9: a real branch's start from the compiled build (`node server/dist/bin/main.js
 * --branch`, as `npm run branch` runs it), spawn → "ready" line, on a fresh DATA_DIR (every
 * migration, the first admin) and on an existing one. Beside it, in the same run: the same
 * start through tsx (the old `npm run branch`), and a bare `node` that only prints a ready
 * line. Each figure is the slowest of `rounds` starts, not an average.
 */
export interface ColdStartResult {
  rounds: number;
  compiledColdMaxMs: number;
  compiledWarmMaxMs: number;
  tsxColdMaxMs: number;
  bareNodeMaxMs: number;
}

const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');
const COMPILED = ['server/dist/bin/main.js', '--branch'];
const TSX = ['--import', 'tsx', 'server/src/main.ts', '--branch'];
const BARE = ['-e', 'console.log("ready in 0 ms"); setInterval(() => {}, 1000);'];

async function slowest(rounds: number, args: string[], fresh: boolean): Promise<number> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby-start-'));
  let max = 0;
  try {
    if (!fresh) await (await startChildServer({ dataDir, port, args, env: { LOBBY_MODE: '' } })).kill('SIGTERM');
    for (let i = 0; i < rounds; i++) {
      const dir = fresh ? mkdtempSync(join(tmpdir(), 'lobby-start-')) : dataDir;
      try {
        const server = await startChildServer({ dataDir: dir, port, args, env: { LOBBY_MODE: '' } });
        max = Math.max(max, server.startMs);
        await server.kill('SIGTERM');
      } finally {
        if (fresh) rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return max;
}

export async function benchColdStart(opts: { rounds: number }): Promise<ColdStartResult> {
  // The bench measures the build, not the building: compile the server first if it changed.
  execFileSync(process.execPath, ['--import', 'tsx', 'server/scripts/build.ts', 'server'], {
    cwd: REPO_ROOT,
    stdio: 'ignore',
  });
  return {
    rounds: opts.rounds,
    bareNodeMaxMs: await slowest(opts.rounds, BARE, true),
    compiledColdMaxMs: await slowest(opts.rounds, COMPILED, true),
    compiledWarmMaxMs: await slowest(opts.rounds, COMPILED, false),
    tsxColdMaxMs: await slowest(opts.rounds, TSX, true),
  };
}
