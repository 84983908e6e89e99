import type { HqGridRow, HqServerToClient } from '@lobby/shared';
import express from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { resolve } from 'node:path';
import { pino, type Logger } from 'pino';
import { Server as SocketServer } from 'socket.io';
import { HqUserStore } from '../auth/user-store.ts';
import { BranchStore } from '../branches/branch-store.ts';
import { CatalogueStore } from '../catalogue/catalogue-store.ts';
import { PartitionKeeper } from '../db/partitions.ts';
import type { Pool } from '../db/pool.ts';
import { sendFailure } from '../http/respond.ts';
import { ingestRoutes } from '../http/ingest-routes.ts';
import { uiRoutes } from '../http/ui-routes.ts';
import { IngestService } from '../ingest/ingest-service.ts';
import { GridStore } from '../live/grid-store.ts';
import { LiveGrid } from '../live/live-grid.ts';
import { ReportService } from '../reports/report-service.ts';
import { businessDateOf } from '@lobby/shared';
import type { HqServices } from './services.ts';

/**
 * Head office, built on a migrated pool and never listening (main.ts or a test does).
 * Branches post to /api/ingest over TLS; the web UI is served from hq/dist with its API
 * under /api and the live grid over socket.io (room `grid`, for signed-in users).
 */

/** How long an idle branch connection stays open: longer than any branch's heartbeat (30 s). */
export const BRANCH_KEEP_ALIVE_MS = 75_000;
export interface HqDeps {
  pool: Pool;
  clock?: () => number;
  logger?: Logger;
  /** PEM key and certificate: HTTPS. Without them plain HTTP (tests of the UI only; branches refuse it). */
  tls?: { key: string; cert: string } | null;
  /** Where the built web UI is (default hq/dist). */
  webDist?: string;
  /** Window for coalescing live-grid pushes (ms). */
  liveWindowMs?: number;
}

export interface HqApp {
  server: HttpServer;
  services: HqServices;
  close(): Promise<void>;
}

const WEB_DIST = resolve(import.meta.dirname, '..', '..', '..', 'dist');
const DAY_MS = 86_400_000;

export function createHqApp(deps: HqDeps): HqApp {
  const clock = deps.clock ?? Date.now;
  const logger = deps.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const { pool } = deps;
  const partitions = new PartitionKeeper(pool);
  const grid = new GridStore(pool);
  const catalogue = new CatalogueStore(pool);
  const services: HqServices = {
    pool,
    clock,
    logger,
    partitions,
    branches: new BranchStore(pool),
    users: new HqUserStore(pool),
    ingest: new IngestService(pool, partitions, clock, logger, { catalogueVersion: () => catalogue.latestVersion() }),
    catalogue,
    grid,
    live: new LiveGrid(grid, clock, logger, deps.liveWindowMs ?? 250),
    reports: new ReportService(pool, clock),
  };

  const web = express();
  web.disable('x-powered-by');
  web.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          connectSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
        },
      },
    }),
  );
  web.use('/api', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  web.use('/api', ingestRoutes(services));
  web.use('/api', uiRoutes(services));
  web.use('/api', (_req, res) => sendFailure(res, 'NOT_FOUND'));
  web.get('/healthz', (_req, res) => void res.json({ ok: true }));
  const dist = deps.webDist ?? WEB_DIST;
  if (existsSync(dist)) {
    web.use(express.static(dist, { index: false }));
    web.get(/^\/(?!api\/|socket\.io\/).*/, (_req, res) => res.sendFile(resolve(dist, 'index.html')));
  } else {
    web.get('/', (_req, res) => void res.type('text').send('Head office UI not built: npm run build -w hq'));
  }

  const server = deps.tls ? createHttpsServer(deps.tls, web) : createHttpServer(web);
  // Each branch keeps one connection and, when quiet, says hello every 30 s (its heartbeat).
  // With Node's default 5 s a quiet branch's next batch raced the server closing its socket
  // ("socket hang up"): the sender backed off and began again with a hello — a lag tail.
  server.keepAliveTimeout = BRANCH_KEEP_ALIVE_MS;
  server.headersTimeout = BRANCH_KEEP_ALIVE_MS + 5_000;
  const io = new SocketServer<Record<string, never>, HqServerToClient>(server, { serveClient: false });
  io.use((socket, next) => {
    const token = typeof socket.handshake.auth.token === 'string' ? socket.handshake.auth.token : null;
    void (token ? services.users.userForToken(token, clock()) : Promise.resolve(null)).then(
      (user) => (user ? next() : next(new Error('UNAUTHENTICATED'))),
      (err: unknown) => next(err instanceof Error ? err : new Error('INTERNAL')),
    );
  });
  io.on('connection', (socket) => void socket.join('grid'));
  const unsubscribe = services.live.subscribe((rows: HqGridRow[]) => io.to('grid').emit('branches:changed', rows));

  // Partitions ahead: now and every day.
  const ensure = () =>
    partitions
      .ensureAhead(businessDateOf(clock(), 'Asia/Shanghai'))
      .catch((err: unknown) => logger.error({ err }, 'partitions'));
  void ensure();
  const daily = setInterval(() => void ensure(), DAY_MS);
  daily.unref();

  let closed: Promise<void> | null = null;
  return {
    server,
    services,
    close() {
      closed ??= (async () => {
        clearInterval(daily);
        unsubscribe();
        services.live.stop();
        await services.ingest.close();
        await new Promise<void>((done) => {
          void io.close(() => done());
          if (!server.listening) done();
        });
      })();
      return closed;
    },
  };
}
