import type { Agent } from 'node:https';
import {
  audienceOf,
  COMMAND_SCHEMAS,
  rateLimited,
  yearsMissingOfficialSchedule,
  type BranchConfig,
  type Principal,
  type Snapshot,
} from '@lobby/shared';
import express from 'express';
import { createServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { resolve } from 'node:path';
import { pino, type Logger } from 'pino';
import { AuthService, bearerToken } from '../auth/auth-service.ts';
import { LoginThrottle, type LoginThrottleLimits } from '../auth/login-throttle.ts';
import { createHostCheck } from '../http/allowed-hosts.ts';
import { createBackupFeature, type BackupSettings } from '../features/backup/backup-feature.ts';
import { redirectPlainHttp } from '../http/https-only.ts';
import { BRANCH_CA_PATH, branchCaDownload } from '../tls/branch-ca-download.ts';
import { createTlsFeature } from '../features/tls/tls-feature.ts';
import { guardFrontDoor } from '../http/front-door.ts';
import { staticSecurityHeaders } from '../http/security.ts';
import { mountHttp } from '../http/mount-http.ts';
import { RestRegistry } from '../context/rest-registry.ts';
import { KioskOrigins } from '../context/kiosk-origins.ts';
import { queueFeature } from '../features/queue/queue-feature.ts';
import { ratingsFeature } from '../features/ratings/ratings-feature.ts';
import { createAdminFeature } from '../features/admin/admin-feature.ts';
import { createComplaintsFeature } from '../features/complaints/complaints-feature.ts';
import { kpiFeature } from '../features/kpi/kpi-feature.ts';
import { reportsFeature } from '../features/reports/reports-feature.ts';
import { createAlertsFeature } from '../features/alerts/alerts-feature.ts';
import { createAppointmentsFeature } from '../features/appointments/appointments-feature.ts';
import type { PublicRateLimit } from '../features/appointments/public-limits.ts';
import { createMessagingFeature } from '../features/messaging/messaging-feature.ts';
import { createRemindersFeature } from '../features/reminders/reminders-feature.ts';
import { DEFAULT_PUSH_SERVICES } from '../features/reminders/web-push-sender.ts';
import { createWebhooksFeature, webhookOutboxSink } from '../features/webhooks/webhooks-feature.ts';
import type { MessageGateway } from '../messaging/message-gateway.ts';
import { createMessaging } from '../messaging/messaging.ts';
import { attachMobileNamespace, type MobileLive } from '../realtime/mobile-namespace.ts';
import { createVipFeature } from '../features/vip/vip-feature.ts';
import { DEFAULT_VIP_LOOKUP, VipLookupLimiter, type VipLookupSettings } from '../features/vip/vip-lookup-limiter.ts';
import { VIP_PROOF_TTL_MS } from '../features/vip/vip-proof.ts';
import { createReplicationFeature } from '../features/replication/replication-feature.ts';
import type { ReplicationSettings } from '../features/replication/replication-settings.ts';
import { QueueService } from '../queue/queue-service.ts';
import { WaitForecaster } from '../features/estimates/wait-forecaster.ts';
import { publicSnapshot, staffSnapshot } from '../queue/snapshots.ts';
import { CommandRunner, mergeHandlers } from '../commands/command-runner.ts';
import { Presence, PresenceKeeper } from '../realtime/presence.ts';
import { DEFAULT_ISSUE_RATE_LIMIT, IssueRateLimiter, type IssueRateLimit } from '../commands/rate-limits.ts';
import {
  attachSocketHandlers,
  broadcastEvents,
  createSocketServer,
  sessionRoom,
  sessionRoomOfHash,
} from '../realtime/socket-server.ts';
import { demoBranchConfig } from '../seed/demo-config.ts';
import { prepareInstall } from '../seed/install-mode.ts';
import { openBranchStore } from '../store/branch-store.ts';
import type { AppContext, LobbyServer } from '../context/app-context.ts';
import type { Feature } from '../context/feature.ts';
import { startTicker } from './ticker.ts';
import { WriteHealthMonitor } from '../health/write-health-monitor.ts';
import { createReadiness } from '../health/readiness.ts';

export interface AppDeps {
  dataDir: string;
  /** Replication to head office (HQ_URL, HQ_BRANCH_KEY, …); null or absent: the branch runs alone. */
  replication?: ReplicationSettings | null;
  clock?: () => number;
  logger?: Logger;
  /** Folder holding kiosk/, display-board/, counter-client/ with their dist/. Default: the repo root. */
  webRoot?: string;
  /**
   * `demo` (default): a fresh database gets the demo staff, devices and VIPs. `branch`: a real
   * branch — a fresh database gets only an admin with a one-time password (LobbyApp.firstAdminPassword).
   * A DATA_DIR keeps the mode of its first start.
   */
  mode?: 'demo' | 'branch';
  /** Branch config for a fresh database (default: the demo branch). */
  initialConfig?: BranchConfig;
  /** Browser origins allowed besides the server's own host. */
  allowedOrigins?: string[];
  /**
   * Host names the branch is reached by (ALLOWED_HOSTS), besides the server's own addresses,
   * host name and localhost; `.name` also allows subdomains. DNS rebinding guard.
   */
  allowedHosts?: readonly string[];
  heartbeat?: { pingIntervalMs: number; pingTimeoutMs: number };
  tickIntervalMs?: number;
  issueRateLimit?: IssueRateLimit;
  /** Check every REST answer against its route's response schema (tests; a mismatch answers INTERNAL). */
  checkResponses?: boolean;
  /** VIP lookups per device and the answer's timing floor (default 10 a minute, 200 ms). */
  vipLookup?: Partial<VipLookupSettings>;
  loginThrottle?: LoginThrottleLimits;
  /**
   * Reverse proxies (addresses or CIDR subnets) whose X-Forwarded-For names the client
   * (TRUST_PROXY). Default none: the peer address is the client, whatever headers say.
   */
  trustProxy?: readonly string[];
  /** A staff session ends after this long without use (STAFF_IDLE_MINUTES; default 30 minutes). */
  staffIdleMs?: number;
  /** The nightly backup (BACKUP_DIR, BACKUP_AT, BACKUP_KEEP); null or absent: none scheduled. */
  backup?: BackupSettings | null;
  /** A text-message gateway in code (e.g. a WeChat template-message adapter); default: the HTTP SMS adapter the admin sets up. */
  messageGateway?: MessageGateway;
  /** Rate limits of the public booking page per client address. */
  publicRateLimit?: PublicRateLimit;
  /** Origins of the Web Push services subscriptions may point at (default: the browsers' own). */
  pushServices?: readonly string[];
  /** How the server reaches the push services: a proxy's or a private CA's agent (tests: a local fake push service). */
  pushAgent?: Agent;
  /** TLS_CERT / TLS_KEY contents: the port answers https, and plain http on it is redirected. */
  tls?: { cert: string; key: string } | null;
  /** /readyz answers 503 when DATA_DIR's disk has this many bytes free or fewer (READY_MIN_FREE_MB). */
  readyMinFreeBytes?: number;
}

/** READY_MIN_FREE_MB's default: a day of a busy branch's tickets is a few MB; a backup is the DB's size. */
export const DEFAULT_READY_MIN_FREE_BYTES = 256 * 1024 * 1024;
/** An idle branch learns that its disk stopped taking writes within this long. */
const WRITE_PROBE_INTERVAL_MS = 10_000;

export interface LobbyApp {
  httpServer: HttpServer;
  io: LobbyServer;
  ctx: AppContext;
  /** A real branch's first start: the admin's one-time password, to show once (only its hash is stored). */
  firstAdminPassword: string | null;
  close(): Promise<void>;
}

/**
 * Feature modules, in order. Adding one is one line here (and one import).
 */
function createFeatures(deps: AppDeps, vipLookups: VipLookupLimiter): Feature[] {
  // Built per app: feature modules with state (alert lists, timers) must not be shared by two apps in one process.
  const complaints = createComplaintsFeature();
  const vip = createVipFeature(vipLookups);
  return [
    queueFeature,
    vip,
    ratingsFeature,
    createAdminFeature(),
    reportsFeature,
    kpiFeature,
    complaints,
    createAlertsFeature([complaints.overdueAlerts, vip.burstAlerts]),
    createAppointmentsFeature(deps.publicRateLimit),
    createMessagingFeature(),
    createRemindersFeature(deps.pushServices ?? DEFAULT_PUSH_SERVICES, deps.pushAgent),
    createWebhooksFeature(),
    createReplicationFeature(deps.replication ?? null),
    createBackupFeature(deps.backup ?? null),
    createTlsFeature(deps.dataDir, deps.tls ?? null),
  ];
}

const HOUR_MS = 3_600_000;
/** Stored acks answer retries (seconds to minutes later); two days is plenty. */
const ACK_RETENTION_MS = 48 * HOUR_MS;

const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** Builds the whole server. Never listens: main.ts (or a test) does. */
export function createApp(deps: AppDeps): LobbyApp {
  const clock = deps.clock ?? Date.now;
  const logger = deps.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const heartbeat = deps.heartbeat ?? { pingIntervalMs: 2000, pingTimeoutMs: 4000 };
  const startedAt = clock();
  const vipLookups = new VipLookupLimiter({ ...DEFAULT_VIP_LOOKUP, ...deps.vipLookup });
  const features = createFeatures(deps, vipLookups);

  const store = openBranchStore(deps.dataDir, startedAt);
  const initialConfig = deps.initialConfig ?? demoBranchConfig();
  const mode = deps.mode ?? 'demo';
  let install: { firstAdminPassword: string | null };
  try {
    install = prepareInstall(store, mode, { dataDir: deps.dataDir, config: initialConfig, now: startedAt });
  } catch (err) {
    store.db.close();
    throw err;
  }
  let forecaster: WaitForecaster | null = null;
  let mobile: MobileLive | null = null;
  const queue = new QueueService(store, clock, logger, {
    config: () => initialConfig,
    forecast: () => forecaster?.current() ?? null,
  });
  const auth = new AuthService(store.staff, store.devices, clock, deps.staffIdleMs);

  const web = express();
  const httpServer: HttpServer = deps.tls
    ? createHttpsServer({ cert: deps.tls.cert, key: deps.tls.key }, web)
    : createServer(web);
  const io = createSocketServer(httpServer, { allowedOrigins: deps.allowedOrigins ?? [], heartbeat });
  if (deps.allowedHosts?.includes('*')) logger.warn('ALLOWED_HOSTS=*: the Host check is off (DNS rebinding)');
  {
    // Holidays in a year the bundled schedule lacks would count as working days: say so at start (and in the admin).
    const missing = yearsMissingOfficialSchedule(queue.current.businessDate);
    if (missing.length > 0)
      logger.warn(
        { years: missing },
        'the bundled State Council holiday schedule (chinese-days) lacks these years: update it',
      );
  }
  // After socket.io attached: the Host check must come before its handshakes as well as express.
  const isAllowed = createHostCheck(deps.allowedHosts ?? [], () => queue.current.config.branch.mobileBaseUrl);
  guardFrontDoor(httpServer, { isAllowed, engineHeaders: staticSecurityHeaders(), enginePath: '/socket.io/' });
  const caDownload = branchCaDownload(deps.dataDir);
  if (deps.tls) redirectPlainHttp(httpServer, isAllowed, { [BRANCH_CA_PATH]: caDownload });

  const wait: WaitForecaster = new WaitForecaster(queue, store.arrivals, clock, logger, (view) => {
    io.to('public').emit('estimates:updated', view);
    io.to('staff').emit('estimates:updated', view);
    // Phones show their ticket's place and estimate from the forecast: a new one may change them.
    mobile?.changed();
    for (const f of features) {
      try {
        f.onForecast?.(ctx);
      } catch (err) {
        logger.error({ err, feature: f.name }, 'forecast listener failed');
      }
    }
  });
  forecaster = wait;

  const ctx: AppContext = {
    db: store.db,
    store,
    clock,
    logger,
    queue,
    config: () => queue.current.config,
    demo: mode === 'demo',
    kioskOrigins: new KioskOrigins(),
    io,
    emit: (room, event, ...args) => io.to(room).emit(event, ...args),
    auth,
    requirePrincipal: (req) => {
      const token = bearerToken(req.headers.authorization);
      return token ? auth.principalForToken(token) : null;
    },
    revokePrincipal: (principalId, opts) => {
      const room = `principal:${principalId}`;
      const keep = opts?.exceptToken ? [sessionRoom(opts.exceptToken)] : [];
      io.to(room).except(keep).emit('session:revoked');
      io.in(room).except(keep).disconnectSockets(true);
    },
    revokeSession: (token) => {
      io.to(sessionRoom(token)).emit('session:revoked');
      io.in(sessionRoom(token)).disconnectSockets(true);
    },
    emitToSessions: (tokenHashes, event, ...args) => {
      if (tokenHashes.length > 0) io.to(tokenHashes.map(sessionRoomOfHash)).emit(event, ...args);
    },
    forecasts: wait,
    snapshot: (principal: Principal): Snapshot => {
      const now = clock();
      const estimates = wait.view();
      if (audienceOf(principal.role) === 'public')
        return publicSnapshot(queue.current, queue.lastSeq, now, wait.current(), estimates);
      const alerts = features.flatMap((f) => f.snapshotAlerts?.(ctx) ?? []);
      const staff = store.staff
        .list()
        .filter((s) => s.active)
        .map((s) => ({ id: s.id, name: s.name, role: s.role }));
      return staffSnapshot(queue.current, queue.lastSeq, now, wait.current(), { alerts, staff, estimates });
    },
    rest: new RestRegistry(deps.checkResponses ?? false),
    messaging: createMessaging(store, clock, deps.messageGateway),
  };
  // The webhook outbox is written in the transaction that logs the events.
  queue.addEventSink(webhookOutboxSink(() => queue.current.config.branch.id));
  const mobileLive = attachMobileNamespace(io, ctx);
  mobile = mobileLive;

  const limiter = new IssueRateLimiter(deps.issueRateLimit ?? DEFAULT_ISSUE_RATE_LIMIT);
  const handlers = mergeHandlers(features);
  const unhandled = Object.keys(COMMAND_SCHEMAS).filter((name) => !(name in handlers));
  if (unhandled.length > 0) logger.warn({ unhandled }, 'commands without a feature handler answer NOT_FOUND');
  const runner = new CommandRunner(ctx, handlers, async (p, c, payload, via) => {
    const limited = await limiter.check(p, c, via);
    if (limited) return limited;
    // Every VIP number tried counts: a lookup, or a staff issue with a typed-in number.
    const triesVip =
      c === 'vip:lookup' || (c === 'ticket:issue' && 'vipIdentifier' in payload && payload.vipIdentifier !== null);
    if (!triesVip) return null;
    const admitted = vipLookups.admit(p.id, p.name, clock());
    return admitted.ok ? null : rateLimited(admitted.retryAfterMs);
  });
  const presence = new PresenceKeeper(
    new Presence(startedAt, heartbeat.pingIntervalMs + heartbeat.pingTimeoutMs),
    queue,
    logger,
  );
  attachSocketHandlers(io, ctx, runner, {
    onStaffConnected: (userId, socketId) => {
      presence.connected(userId, socketId);
      io.to(socketId).emit('storage:updated', writes.current());
    },
    onStaffDisconnected: (userId, socketId) => presence.disconnected(userId, socketId),
    onKioskConnected: (deviceId, origin) => ctx.kioskOrigins.connected(deviceId, origin),
  });
  const writes = new WriteHealthMonitor(clock, (health) => {
    if (health.failing) logger.error({ code: health.code }, 'database writes are failing');
    else logger.info('database writes work again');
    io.to('staff').emit('storage:updated', health);
  });
  queue.onBatchCommitted((batch) => writes.batchCommitted(batch));
  queue.onBatchFailed((err) => writes.batchFailed(err));
  const readiness = createReadiness({
    monitor: writes,
    probeWrite: (now) => store.writeProbe.write(now),
    dataDir: deps.dataDir,
    minFreeBytes: deps.readyMinFreeBytes ?? DEFAULT_READY_MIN_FREE_BYTES,
    clock,
  });
  queue.onPublished((events, state) => {
    broadcastEvents(io, events, state, (id) => store.engineState.numberOfTicket(id));
    mobileLive.changed();
    for (const f of features) f.onPublished?.(ctx, events);
    wait.changed();
  });

  mountHttp(web, ctx, {
    runner,
    limiter,
    loginThrottle: new LoginThrottle(deps.loginThrottle),
    features,
    webRoot: deps.webRoot ?? REPO_ROOT,
    startedAt,
    trustProxy: deps.trustProxy ?? [],
    branchCa: { path: BRANCH_CA_PATH, handler: caDownload },
    readiness: () => readiness.check(),
  });

  /** Sessions past their idle time end now: their screens are told why and their sockets cut. */
  const endIdleSessions = () => {
    const rooms = auth.endDeadSessions().map(sessionRoomOfHash);
    if (rooms.length === 0) return;
    io.to(rooms).emit('session:revoked', { reason: 'idle' });
    io.in(rooms).disconnectSockets(true);
  };

  let nextAckPurge = startedAt;
  let nextProbe = startedAt;
  const tick = async () => {
    const now = clock();
    if (now >= nextProbe) {
      readiness.probe();
      nextProbe = now + WRITE_PROBE_INTERVAL_MS;
    }
    if (now >= nextAckPurge) {
      store.commandResults.purgeOlderThan(now - ACK_RETENTION_MS);
      store.vip.purgeProofUses(now - VIP_PROOF_TTL_MS);
      nextAckPurge = now + HOUR_MS;
    }
    const res = await queue.executeEngine(null, null, { type: 'system:tick', actorId: null }, () => null);
    if (!res.ok) logger.warn({ code: res.code }, 'system tick refused');
    endIdleSessions();
    presence.reconcile();
    for (const f of features) f.onTick?.(ctx, now);
    wait.tick(now);
  };
  // One tick before anyone connects: a server started after the date changed (or past the
  // day-close time) closes and rolls over first, so no client sees yesterday's picture.
  // The tick's command is queued synchronously; committing it here puts it on disk before
  // createApp returns (the rest of the tick follows on the next turn of the event loop).
  tick().catch((err: unknown) => logger.error({ err }, 'first tick failed'));
  queue.flush();
  // The first forecast before anyone connects: the first ticket of the day prints a figure.
  // (It does not hold the first commit's refresh back by the burst interval.)
  wait.refresh({ counts: false });
  const stopTicker = startTicker(deps.tickIntervalMs ?? 1000, tick, logger);

  let closed: Promise<void> | null = null;
  return {
    httpServer,
    firstAdminPassword: install.firstAdminPassword,
    io,
    ctx,
    close: () => {
      closed ??= (async () => {
        presence.stop();
        stopTicker();
        mobileLive.stop();
        wait.close();
        for (const f of features) f.onClose?.(ctx);
        // io.close() also closes the http server; wait for it, then close the one connection.
        await new Promise<void>((done) => {
          void io.close(() => done());
          if (!httpServer.listening) done();
        });
        // Commands already accepted are committed (and answered) before the database closes.
        queue.flush();
        store.db.close();
      })();
      return closed;
    },
  };
}
