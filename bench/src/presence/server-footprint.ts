import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectMany, connectSocket } from '../common/bench-app.ts';
import { freePort, startChildServer } from '../common/child-server.ts';
import { readDemoDevices } from '../../../server/src/seed/demo-seed.ts';

/**
 * The real server process (`server/src/main.ts` through tsx, as `npm run serve` runs it):
 * cold start to ready on a fresh DATA_DIR (migrations, demo seed), and its resident
 * memory idle vs with N connected clients. Baselines: a bare node + tsx process that only
 * prints its ready line (start), and the idle server itself (memory).
 */
export interface FootprintResult {
  coldStartMs: number;
  reportedReadyMs: number | null;
  warmStartMs: number;
  bareNodeStartMs: number;
  rssIdleMb: number;
  rssWithClientsMb: number;
  clients: number;
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

export async function benchServerFootprint(opts: { clients: number }): Promise<FootprintResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby-footprint-'));
  const port = await freePort();
  try {
    const bare = await startChildServer({
      dataDir,
      port,
      args: ['--import', 'tsx', '-e', 'console.log("ready in 0 ms"); setInterval(() => {}, 1000);'],
    });
    await bare.kill('SIGKILL');
    const cold = await startChildServer({ dataDir, port });
    await new Promise((r) => setTimeout(r, 1000));
    const rssIdleMb = rssMb(cold.pid);
    const token = readDemoDevices(dataDir).find((d) => d.kind === 'display')!.token;
    const sockets = await connectMany(opts.clients, () => connectSocket(cold.url, token));
    await new Promise((r) => setTimeout(r, 1000));
    const rssWithClientsMb = rssMb(cold.pid);
    for (const s of sockets) s.disconnect();
    await cold.kill('SIGTERM');
    // Warm: the same data dir again (no seed, migrations already applied).
    const warm = await startChildServer({ dataDir, port });
    await warm.kill('SIGTERM');
    return {
      coldStartMs: cold.startMs,
      reportedReadyMs: cold.reportedReadyMs,
      warmStartMs: warm.startMs,
      bareNodeStartMs: bare.startMs,
      rssIdleMb,
      rssWithClientsMb,
      clients: opts.clients,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
