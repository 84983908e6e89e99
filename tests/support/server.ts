import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { io as connectClient, type Socket } from 'socket.io-client';
import type {
  Ack,
  BranchConfig,
  ClientToServerEvents,
  CommandName,
  CommandPayload,
  CommandResults,
  DeviceKind,
  IssuedTicket,
  LoginResponse,
  Principal,
  QueueEvent,
  ServerToClientEvents,
  TicketStaffView,
} from '@lobby/shared';
import { QUEUE_EVENT_TYPES } from '@lobby/shared';
import { createApp, type AppDeps, type LobbyApp } from '../../server/src/app/create-app.ts';
import { demoBranchConfig } from '../../server/src/seed/demo-config.ts';
import { BRANCH_HOST } from './branch-host.ts';
import { DEMO_ADMIN, DEMO_LOBBY, DEMO_TELLER_PASSWORD, readDemoDevices } from '../../server/src/seed/demo-seed.ts';

/**
 * A real server on port 0 with its own temp DATA_DIR, seeded with the demo branch.
 * The clock starts at `startAt` (default Tuesday 2026-11-24 10:00 Asia/Shanghai) and then
 * runs in real time; `clock.advance(ms)` jumps ahead (no-show grace, day close, rollover).
 */
export type LobbySocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestClock {
  now(): number;
  advance(ms: number): void;
}

export interface StartOptions {
  startAt?: string;
  config?: (c: BranchConfig) => BranchConfig;
  heartbeat?: AppDeps['heartbeat'];
  allowedOrigins?: string[];
  issueRateLimit?: AppDeps['issueRateLimit'];
  tickIntervalMs?: number;
  /** Folder holding <workspace>/dist of the web apps (default: the repo root). */
  webRoot?: string;
  /** Any other app dependency (proxy trust, allowed hosts, limits …), passed through. */
  deps?: Partial<AppDeps>;
}

export interface TestServer {
  /** For Node (fetch, sockets): http://127.0.0.1:<port>. */
  readonly url: string;
  /**
   * For Chromium: http://branch.lan:<port>, the way a teller's PC on the LAN opens the server
   * — not a secure context (tests/support/browser.ts maps the name to 127.0.0.1).
   */
  readonly webUrl: string;
  readonly port: number;
  readonly app: LobbyApp;
  dataDir: string;
  clock: TestClock;
  close(): Promise<void>;
  /** Staff session token (default password: the demo one for admin/lobby/tellerN). */
  login(username: string, password?: string): Promise<string>;
  /** Token of a seeded demo device; evaluators need the counter id. */
  deviceToken(kind: DeviceKind, counterId?: string): string;
  /** A connected client that has received session:ready. */
  connect(token: string, opts?: { origin?: string }): Promise<LobbySocket>;
  /** Sends a command and resolves with its ack; a requestId is generated when missing. */
  command<C extends CommandName>(
    socket: LobbySocket,
    name: C,
    payload: DistributiveOmit<CommandPayload<C>, 'requestId'> & { requestId?: string },
  ): Promise<Ack<CommandResults[C]>>;
  /**
   * A walk-in ticket from this kiosk socket, by default with no priority group and no VIP (a
   * VIP's identifier is looked up for its proof, as the kiosk does); throws with the code if refused.
   */
  issue(
    kiosk: LobbySocket,
    laneId: string,
    businessTypeId: string,
    extra?: { priorityGroupId?: string | null; vipIdentifier?: string },
  ): Promise<IssuedTicket>;
  /** Every ticket as staff see it (snapshot:get over a staff socket), or one by its number (throws if none). */
  staffTickets(staff: LobbySocket): Promise<TicketStaffView[]>;
  staffTicket(staff: LobbySocket, number: string): Promise<TicketStaffView>;
  /** The proof a kiosk gets from vip:lookup for a registered card/phone (what ticket:issue takes). */
  vipProof(kiosk: LobbySocket, identifier: string): Promise<string>;
  /** Closes the app (keeping DATA_DIR) and starts a new one on the same port and clock. */
  restart(): Promise<void>;
  /** Resolves once the wait forecast describes the last commit (it is redone just after commits, off their path). */
  forecastSettled(): Promise<void>;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export const DEFAULT_START = '2026-11-24T10:00:00+08:00';

export function newRequestId(): string {
  return randomUUID();
}

export async function startTestServer(opts: StartOptions = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby-test-'));
  const base = Date.parse(opts.startAt ?? DEFAULT_START);
  const realStart = Date.now();
  let offset = 0;
  const clock: TestClock = {
    now: () => base + (Date.now() - realStart) + offset,
    advance: (ms) => {
      offset += ms;
    },
  };
  const initialConfig = opts.config ? opts.config(demoBranchConfig()) : demoBranchConfig();
  const sockets = new Set<LobbySocket>();
  const build = () =>
    createApp({
      dataDir,
      clock: clock.now,
      logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      initialConfig,
      heartbeat: opts.heartbeat ?? { pingIntervalMs: 1000, pingTimeoutMs: 2000 },
      allowedOrigins: opts.allowedOrigins ?? [],
      issueRateLimit: opts.issueRateLimit ?? { perPrincipal: 10_000, perIp: 10_000, windowSec: 60 },
      tickIntervalMs: opts.tickIntervalMs ?? 200,
      checkResponses: true,
      ...(opts.webRoot ? { webRoot: opts.webRoot } : {}),
      // Browser tests open the apps from a LAN name mapped to 127.0.0.1 (--host-resolver-rules).
      allowedHosts: [BRANCH_HOST],
      // Tests jump the clock (no-show grace, day close) without the clicks a staff member
      // makes meanwhile: a session lives its whole 14 h unless a test sets the idle time.
      staffIdleMs: 14 * 60 * 60 * 1000,
      ...opts.deps,
    });

  let app = build();
  let port = await listen(app, 0);

  const server: TestServer = {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get webUrl() {
      return `http://${BRANCH_HOST}:${port}`;
    },
    get port() {
      return port;
    },
    get app() {
      return app;
    },
    dataDir,
    clock,
    async close() {
      for (const s of sockets) s.disconnect();
      sockets.clear();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
    async login(username, password) {
      const pw =
        password ??
        (username === DEMO_ADMIN.username
          ? DEMO_ADMIN.password
          : username === DEMO_LOBBY.username
            ? DEMO_LOBBY.password
            : DEMO_TELLER_PASSWORD);
      const res = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: pw }),
      });
      if (!res.ok) throw new Error(`login ${username} failed: ${res.status}`);
      return ((await res.json()) as LoginResponse).token;
    },
    deviceToken(kind, counterId) {
      const device = readDemoDevices(dataDir).find(
        (d) => d.kind === kind && (counterId === undefined || d.counterId === counterId),
      );
      if (!device) throw new Error(`no demo ${kind} device${counterId ? ` for ${counterId}` : ''}`);
      return device.token;
    },
    async connect(token, connectOpts = {}) {
      const socket: LobbySocket = connectClient(server.url, {
        auth: { token },
        transports: ['websocket'],
        forceNew: true,
        reconnectionDelay: 100,
        reconnectionDelayMax: 500,
        autoConnect: false,
        ...(connectOpts.origin ? { extraHeaders: { origin: connectOpts.origin } } : {}),
      });
      sockets.add(socket);
      await new Promise<{ principal: Principal; seq: number }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no session:ready within 5 s')), 5000);
        socket.once('session:ready', (info) => {
          clearTimeout(timer);
          resolve(info);
        });
        socket.once('connect_error', (err) => {
          clearTimeout(timer);
          socket.disconnect();
          reject(err);
        });
        socket.connect();
      });
      return socket;
    },
    async command(socket, name, payload) {
      const full = { requestId: newRequestId(), ...payload } as unknown as CommandPayload<typeof name>;
      const emit = socket.timeout(10_000).emitWithAck as unknown as (
        n: string,
        p: unknown,
      ) => Promise<Ack<CommandResults[typeof name]>>;
      return emit.call(socket.timeout(10_000), name, full);
    },
    async issue(kiosk, laneId, businessTypeId, extra = {}) {
      const ack = await server.command(kiosk, 'ticket:issue', {
        laneId,
        businessTypeId,
        priorityGroupId: extra.priorityGroupId ?? null,
        ...(extra.vipIdentifier
          ? { vipProof: await server.vipProof(kiosk, extra.vipIdentifier) }
          : { vipIdentifier: null }),
      });
      if (!ack.ok) throw new Error(`ticket:issue ${laneId}/${businessTypeId} refused: ${ack.code}`);
      return ack.data;
    },
    async staffTickets(staff) {
      const ack = await server.command(staff, 'snapshot:get', {});
      if (!ack.ok || ack.data.audience !== 'staff') throw new Error('no staff snapshot');
      return ack.data.tickets;
    },
    async staffTicket(staff, number) {
      const found = (await server.staffTickets(staff)).find((t) => t.number === number);
      if (!found) throw new Error(`no ticket ${number}`);
      return found;
    },
    async vipProof(kiosk, identifier) {
      const ack = await server.command(kiosk, 'vip:lookup', { vipIdentifier: identifier });
      if (!ack.ok || ack.data.proof === null) throw new Error(`no VIP proof for ${identifier}: ${JSON.stringify(ack)}`);
      return ack.data.proof;
    },
    async restart() {
      await app.close();
      app = build();
      port = await listen(app, port).catch(() => listen(app, 0));
    },
    async forecastSettled() {
      const deadline = Date.now() + 10_000;
      while (app.ctx.forecasts.view()?.seq !== app.ctx.queue.lastSeq) {
        if (Date.now() > deadline) throw new Error('the wait forecast never caught up with the last commit');
        await new Promise((r) => setTimeout(r, 10));
      }
    },
  };
  return server;
}

function listen(app: LobbyApp, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    app.httpServer.once('error', onError);
    app.httpServer.listen(port, '127.0.0.1', () => {
      app.httpServer.off('error', onError);
      resolve((app.httpServer.address() as AddressInfo).port);
    });
  });
}

/** Every queue event a socket receives, in order; `waitFor` resolves when one matches. */
export interface EventRecorder {
  events: QueueEvent[];
  waitFor(match: (e: QueueEvent) => boolean, timeoutMs?: number): Promise<QueueEvent>;
  stop(): void;
}

export function recordEvents(socket: LobbySocket): EventRecorder {
  const events: QueueEvent[] = [];
  const waiters: { match: (e: QueueEvent) => boolean; resolve: (e: QueueEvent) => void }[] = [];
  const listener = (name: string, payload: unknown) => {
    if (!(QUEUE_EVENT_TYPES as readonly string[]).includes(name)) return;
    const event = payload as QueueEvent;
    events.push(event);
    for (const w of [...waiters]) {
      if (w.match(event)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(event);
      }
    }
  };
  socket.onAny(listener);
  return {
    events,
    waitFor(match, timeoutMs = 5000) {
      const seen = events.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('expected event did not arrive')), timeoutMs);
        waiters.push({
          match,
          resolve: (e) => {
            clearTimeout(timer);
            resolve(e);
          },
        });
      });
    },
    stop: () => socket.offAny(listener),
  };
}
