import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { HQ_NODE_FLAGS } from '../../../hq/src/server/node-flags.ts';

/**
 * The real head office (`hq/src/server/main.ts`) as a child process, so a test can SIGKILL
 * it mid-ingest like a crash and start it again on the same port and database.
 */
const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');

export interface HqChild {
  kill(): Promise<void>;
}

export async function startHqChild(env: {
  DATABASE_URL: string;
  PORT: number;
  HQ_TLS_KEY_FILE: string;
  HQ_TLS_CERT_FILE: string;
  HQ_POOL_SIZE?: string;
}): Promise<HqChild> {
  const child: ChildProcess = spawn(process.execPath, [...HQ_NODE_FLAGS, '--import', 'tsx', 'hq/src/server/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ...env,
      PORT: String(env.PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      HQ_ADMIN_PASSWORD: 'hq-child-password-1',
      HQ_POOL_SIZE: env.HQ_POOL_SIZE ?? '6',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let output = '';
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`head office not ready within 60 s:\n${output.slice(-2000)}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Head office ready')) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`head office exited (${code}):\n${output.slice(-2000)}`));
    });
  });
  return {
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
