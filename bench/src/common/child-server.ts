import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { BUSINESS_CLOCK_OFFSET_MS } from './business-clock.ts';

/**
 * The real server (`server/src/main.ts`) as a child process, so it can be killed with
 * SIGKILL like a power cut. main prints "ready in N ms" once it listens; PORT=0 would hide
 * the port it got, so the test picks a free port itself and keeps it across restarts.
 * Its clock is shifted into opening hours (business-clock.ts), the same across restarts.
 */
const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');

export interface ChildServer {
  readonly url: string;
  readonly port: number;
  /** Milliseconds from spawn to the ready line, measured here. */
  readonly startMs: number;
  /** main's own "ready in N ms" figure. */
  readonly reportedReadyMs: number | null;
  readonly pid: number;
  kill(signal: NodeJS.Signals): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => done(port));
    });
  });
}

export interface ChildServerOptions {
  dataDir: string;
  port: number;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  /** Node arguments; default runs main.ts through tsx (a bench baseline swaps in a bare script). */
  args?: string[];
  /** Runs `wrapper… node args…` instead (the fsync test runs the server under strace). */
  wrapper?: string[];
}

export async function startChildServer(opts: ChildServerOptions): Promise<ChildServer> {
  const started = performance.now();
  const nodeArgs = [process.execPath, ...(opts.args ?? ['--import', 'tsx', 'server/src/main.ts'])];
  const [command, ...args] = [...(opts.wrapper ?? []), ...nodeArgs] as [string, ...string[]];
  const child: ChildProcess = spawn(command, args, {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      DATA_DIR: opts.dataDir,
      LOG_LEVEL: 'warn',
      // The demo branch: tests and benches sign in with the demo logins.
      LOBBY_MODE: 'demo',
      CLOCK_OFFSET_MS: String(BUSINESS_CLOCK_OFFSET_MS),
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let output = '';
  const reportedReadyMs = await new Promise<number>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`server not ready within ${opts.readyTimeoutMs ?? 60_000} ms:\n${output.slice(-2000)}`));
    }, opts.readyTimeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /ready in (\d+) ms/.exec(output);
      if (m) {
        clearTimeout(timer);
        done(Number(m[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`server exited before ready (${code ?? signal}):\n${output.slice(-2000)}`));
    });
  });
  const startMs = performance.now() - started;
  return {
    url: `http://127.0.0.1:${opts.port}`,
    port: opts.port,
    startMs,
    reportedReadyMs,
    pid: child.pid ?? -1,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
