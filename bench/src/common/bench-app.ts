import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { io as connectClient, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, LoginResponse, ServerToClientEvents } from '@lobby/shared';
import { createApp, type AppDeps, type LobbyApp } from '../../../server/src/app/create-app.ts';
import { readDemoDevices } from '../../../server/src/seed/demo-seed.ts';
import { businessClock } from './business-clock.ts';

export { DEMO_ADMIN, DEMO_LOBBY, DEMO_TELLER_PASSWORD } from '../../../server/src/seed/demo-seed.ts';

/**
 * The real app (createApp, demo branch, a real-time clock shifted into opening hours, temp DATA_DIR, the server's own
 * default heartbeat) on 127.0.0.1, for benches. Only the issue rate limit is lifted:
 * a bench issues far faster than any kiosk.
 */
export type BenchSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface BenchApp {
  app: LobbyApp;
  url: string;
  port: number;
  dataDir: string;
  login(username: string, password: string): Promise<string>;
  deviceToken(kind: 'kiosk' | 'display' | 'evaluator'): string;
  close(): Promise<void>;
}

export async function startBenchApp(overrides: Partial<AppDeps> = {}): Promise<BenchApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby-bench-'));
  const app = createApp({
    dataDir,
    logger: pino({ level: 'silent' }),
    clock: businessClock,
    issueRateLimit: { perPrincipal: 1_000_000, perIp: 1_000_000, windowSec: 60 },
    ...overrides,
  });
  await new Promise<void>((done) => app.httpServer.listen(0, '127.0.0.1', () => done()));
  const port = (app.httpServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    port,
    dataDir,
    async login(username, password) {
      const res = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
      return ((await res.json()) as LoginResponse).token;
    },
    deviceToken(kind) {
      const d = readDemoDevices(dataDir).find((x) => x.kind === kind);
      if (!d) throw new Error(`no demo ${kind}`);
      return d.token;
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Connects and waits for session:ready (app) or connect (bare socket.io). */
export function connectSocket(
  url: string,
  token: string | null,
  readyEvent: 'session:ready' | 'connect' = 'session:ready',
): Promise<BenchSocket> {
  const socket: BenchSocket = connectClient(url, {
    auth: token ? { token } : {},
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no ${readyEvent} within 20 s`)), 20_000);
    socket.once(readyEvent as 'connect', () => {
      clearTimeout(timer);
      done(socket);
    });
    socket.once('connect_error', (err) => {
      clearTimeout(timer);
      fail(err);
    });
  });
}

/** Opens n sockets a few at a time (a burst of 500 handshakes would measure the handshake, not us). */
export async function connectMany(
  n: number,
  open: (i: number) => Promise<BenchSocket>,
  batch = 25,
): Promise<BenchSocket[]> {
  const out: BenchSocket[] = [];
  for (let i = 0; i < n; i += batch)
    out.push(...(await Promise.all(Array.from({ length: Math.min(batch, n - i) }, (_, j) => open(i + j)))));
  return out;
}
