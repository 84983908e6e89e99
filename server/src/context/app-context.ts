import type {
  BranchConfig,
  ClientToServerEvents,
  Principal,
  ServerToClientEvents,
  Snapshot,
  SocketData,
} from '@lobby/shared';
import type { Request } from 'express';
import type { Logger } from 'pino';
import type { Server } from 'socket.io';
import type { AuthService } from '../auth/auth-service.ts';
import type { ForecastSource } from './forecast-source.ts';
import type { KioskOrigins } from './kiosk-origins.ts';
import type { RestRegistry } from './rest-registry.ts';
import type { QueueService } from '../queue/queue-service.ts';
import type { BranchStore } from '../store/branch-store.ts';
import type { Db } from '../store/database.ts';
import type { Messaging } from '../messaging/messaging.ts';

export type LobbyServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Rooms: `staff` gets StaffQueueEvents and alerts; `public` (kiosk, display, evaluator) the public projection. */
export type Room = 'staff' | 'public';

/**
 * What every feature module gets.
 *  - db: the ONE better-sqlite3 connection (for the stores and for tests that inspect
 *    the database). Features never write SQL: every table is read and written through
 *    its store in `store`.
 *  - store: the repositories (staff, devices, vip registry, ratings, event log, complaints,
 *    KPI adjustments, admin actions, alert log, ...). A change outside the queue and its
 *    audit row go in one transaction: `store.adminActions.audited(change, entry)`.
 *  - clock(): now in ms (tests inject a clock; never call Date.now()).
 *  - logger: pino; log errors with `{ err }`.
 *  - queue: QueueService — `queue.current` is the engine state (read-only),
 *    `queue.executeEngine(principal, requestId, engineCommand, result)` the one write path
 *    (transaction + event log + ack + broadcast), `queue.execute` for non-engine effects
 *    that still need an event (see features/ratings).
 *  - config(): the live branch config.
 *  - io / emit(room, event, ...args): typed socket.io; use emit for non-queue pushes
 *    such as `alerts:updated` to 'staff'. Queue events are broadcast by the queue feature.
 *  - auth: tokens → Principal; requirePrincipal(req) for REST routes (null = reply 401).
 *  - revokePrincipal(id): tells and disconnects every socket of a staff user or device (but those
 *    of the session `exceptToken`, which its own client replaces).
 *  - revokeSession(token): the same for the sockets of one sign-in (sign-out on a shared PC).
 *  - emitToSessions(tokenHashes, event, ...args): a push to the sockets of given sign-ins
 *    (by the session token's hash, which is all the database holds).
 *  - snapshot(principal): the snapshot that principal may see (staff or public).
 *  - forecasts: the latest wait forecast (features/estimates keeps it fresh off the commit
 *    path); read it, never wait for it.
 *  - demo: this server runs the demo branch (LOBBY_MODE=demo).
 *  - rest: the REST routes mounted from the shared route map (see http/rest-router.ts).
 */
export interface AppContext {
  db: Db;
  store: BranchStore;
  clock: () => number;
  logger: Logger;
  queue: QueueService;
  config(): BranchConfig;
  io: LobbyServer;
  emit<E extends keyof ServerToClientEvents>(room: Room, event: E, ...args: Parameters<ServerToClientEvents[E]>): void;
  auth: AuthService;
  requirePrincipal(req: Request): Principal | null;
  revokePrincipal(principalId: string, opts?: { exceptToken?: string }): void;
  revokeSession(token: string): void;
  emitToSessions<E extends keyof ServerToClientEvents>(
    tokenHashes: readonly string[],
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void;
  snapshot(principal: Principal): Snapshot;
  forecasts: ForecastSource;
  rest: RestRegistry;
  /** Text messages to customers: whether a gateway is set up, and queueing one inside a transaction. */
  messaging: Messaging;
  /** The demo branch (seeded, known passwords): every screen says 演示 / DEMO. */
  demo: boolean;
  /** Where each kiosk's page was opened (its QR base when no public mobile address is set). */
  kioskOrigins: KioskOrigins;
}
