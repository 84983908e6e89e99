import {
  audienceOf,
  COMMAND_SCHEMAS,
  type CommandName,
  type QueueEventType,
  type StaffQueueEvent,
} from '@lobby/shared';
import type { IncomingHttpHeaders, Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { AppContext, LobbyServer } from '../context/app-context.ts';
import type { EngineState } from '../engine/types.ts';
import { toPublicEvent } from '../queue/public-event.ts';
import { hashToken } from '../auth/tokens.ts';
import type { CommandRunner } from '../commands/command-runner.ts';
import { isOriginAllowed } from './origin-check.ts';

export function sessionRoom(token: string): string {
  return sessionRoomOfHash(hashToken(token));
}

/** The room of a sign-in by its token's hash (what the sessions table holds). */
export function sessionRoomOfHash(tokenHash: string): string {
  return `session:${tokenHash}`;
}

export interface SocketServerOptions {
  allowedOrigins: readonly string[];
  heartbeat: { pingIntervalMs: number; pingTimeoutMs: number };
}

/** socket.io with the origin check on the handshake; never `cors: '*'`. */
export function createSocketServer(httpServer: HttpServer, opts: SocketServerOptions): LobbyServer {
  return new Server(httpServer, {
    serveClient: false,
    pingInterval: opts.heartbeat.pingIntervalMs,
    pingTimeout: opts.heartbeat.pingTimeoutMs,
    maxHttpBufferSize: 256 * 1024,
    allowRequest: (req, callback) => {
      const allowed = isOriginAllowed(req, opts.allowedOrigins);
      callback(allowed ? null : 'origin not allowed', allowed);
    },
  }) as LobbyServer;
}

export interface ConnectionHooks {
  onStaffConnected(userId: string, socketId: string): void;
  onStaffDisconnected(userId: string, socketId: string): void;
  /** A kiosk connected from a page at `origin` (its socket's Origin header). */
  onKioskConnected(deviceId: string, origin: string | undefined): void;
}

/**
 * The origin of the page a socket comes from. A same-origin polling request carries no Origin
 * header (browsers send it on cross-origin and websocket requests only), and the kiosk's page
 * is served by this server: its Host is then the page's host.
 */
function pageOrigin(handshake: { headers: IncomingHttpHeaders; secure: boolean }): string | undefined {
  const { origin, host } = handshake.headers;
  if (origin && origin !== 'null') return origin;
  return host ? `${handshake.secure ? 'https' : 'http'}://${host}` : undefined;
}

/** Auth middleware, rooms, session:ready, and every command bound through the one runner. */
export function attachSocketHandlers(
  io: LobbyServer,
  ctx: AppContext,
  runner: CommandRunner,
  hooks: ConnectionHooks,
): void {
  io.use((socket, next) => {
    const token: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.token;
    const principal =
      typeof token === 'string' && token.length > 0 && token.length < 200 ? ctx.auth.principalForToken(token) : null;
    if (!principal) return next(new Error('UNAUTHENTICATED'));
    socket.data.principal = principal;
    next();
  });

  io.on('connection', (socket) => {
    const { principal } = socket.data;
    const audience = audienceOf(principal.role);
    void socket.join(audience);
    // Per-principal room, so a revoked user or device can be reached on every socket;
    // per-session room, so a logout ends the sockets of that sign-in only.
    void socket.join(`principal:${principal.id}`);
    const token: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.token;
    if (typeof token === 'string') void socket.join(sessionRoom(token));
    for (const name of Object.keys(COMMAND_SCHEMAS) as CommandName[]) {
      socket.on(name, (...args: unknown[]) => {
        // The ack is the last argument; a client that sent no payload gets INVALID_PAYLOAD, not silence.
        const ack = args.at(-1);
        if (typeof ack !== 'function') return;
        const payload = args.length > 1 ? args[0] : undefined;
        // A command is activity: the session's idle time restarts, the device's last use moves on.
        // (Ended sign-ins lose their sockets when they end: idle sweep, rotation, revocation.)
        if (typeof token === 'string') ctx.auth.noteUse(token);
        void runner.run(principal, name, payload, 'socket').then((res) => (ack as (r: unknown) => void)(res));
      });
    }
    socket.emit('session:ready', { principal, seq: ctx.queue.lastSeq });
    if (principal.role === 'kiosk') hooks.onKioskConnected(principal.id, pageOrigin(socket.handshake));
    if (audience === 'staff') {
      hooks.onStaffConnected(principal.id, socket.id);
      socket.on('disconnect', () => hooks.onStaffDisconnected(principal.id, socket.id));
    }
  });
}

/** After each commit: staff room gets the staff events, public room the ONE public projection. */
export function broadcastEvents(
  io: LobbyServer,
  events: StaffQueueEvent[],
  state: EngineState,
  numberOfStored: (id: string) => string | null,
): void {
  const numberOf = (id: string) => state.tickets.get(id)?.number ?? numberOfStored(id);
  for (const e of events) {
    const type: QueueEventType = e.type;
    io.to('staff').emit(type, e);
    io.to('public').emit(type, toPublicEvent(e, numberOf));
  }
}
