import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import {
  isErrorCode,
  QUEUE_EVENT_TYPES,
  type Alert,
  type ClientToServerEvents,
  type ErrorCode,
  type EstimatesView,
  type OtherSignIn,
  type Principal,
  type QueueEvent,
  type ServerToClientEvents,
  type Snapshot,
  type WriteHealth,
} from '../index.ts';
import type { CommandInput, CommandResult, SendCommand, UserCommand } from './command-result.ts';
import { newRequestId } from './request-id.ts';
import { classifySeq, drainBuffer } from './seq-gate.ts';

export type LobbySocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** What a connection indicator shows; `syncing` = connected but not yet caught up. */
export type LinkState = 'connecting' | 'syncing' | 'connected' | 'disconnected';

/** Where a connection puts what it receives: the store of a staff sign-in or of a paired device. */
export interface RealtimeSink {
  /** The seq of the last event applied (only asked after the first snapshot). */
  currentSeq(): number;
  applySnapshot(snapshot: Snapshot): void;
  /** One event, in seq order, exactly once; `replayed` = fetched by a resync rather than pushed live. */
  applyEvent(event: QueueEvent, replayed: boolean): void;
  setConnection(state: LinkState): void;
  setPrincipal?(principal: Principal): void;
  setAlerts?(alerts: Alert[]): void;
  /** The wait forecast was redone (`estimates:updated`: not sequenced, the newest replaces the last). */
  setEstimates?(view: EstimatesView): void;
  /** Staff: whether the server's database takes writes (`storage:updated`). */
  setWriteHealth?(health: WriteHealth): void;
  /**
   * The server refused the token at the handshake (`refused`: unknown, unpaired) or revoked
   * the session while connected (`revoked`; `idle`: a staff session unused for the idle
   * time). A staff sign-in must sign in again; a device shows its pairing screen.
   */
  onDenied(reason: 'refused' | 'revoked' | 'idle', code: ErrorCode | null): void;
  /** Staff: the same account just signed in on another screen. */
  onSignedInElsewhere?(info: OtherSignIn): void;
  /** A resync failed (the server's code, or null when it did not answer in time); it is retried. */
  onSyncFailed?(code: ErrorCode | null): void;
}

export interface RealtimeOptions {
  /** Server URL; default the page's own origin. */
  url?: string;
  /** socket.io transports (the hall display uses the websocket only). */
  transports?: ('polling' | 'websocket')[];
  ackTimeoutMs?: number;
  retryMs?: number;
  /**
   * A device whose token was refused keeps trying this slowly (an administrator may pair it
   * again under the same token). Unset: never (a staff sign-in goes back to its sign-in page).
   */
  refusedRetryMs?: number;
  reconnectionDelayMax?: number;
}

export interface RealtimeConnection {
  sendCommand: SendCommand;
  readonly connected: boolean;
  close(): void;
}

const ACK_TIMEOUT_MS = 10_000;
const RETRY_MS = 2_000;
/** Live events held during a resync; beyond this the resync's own answer covers them. */
const MAX_BUFFERED = 1_000;

/**
 * THE client realtime module (kiosk, hall display, staff app, evaluator, mobile page): one
 * socket per sign-in or paired device, listeners bound once. socket.io delivers at most
 * once and keeps no buffer, so the client owns consistency: on every (re)connect and on any
 * seq gap it asks for what it missed — a snapshot first, then `sync:request {sinceSeq}` —
 * and applies each event exactly once in seq order. Events that arrive while a sync is in
 * flight are held and applied after it. Commands carry a fresh request id (no secure-context
 * API) and are never queued while offline: an answer that cannot come now is a failure now.
 */
export function openRealtime(token: string, sink: RealtimeSink, options: RealtimeOptions = {}): RealtimeConnection {
  const ackTimeoutMs = options.ackTimeoutMs ?? ACK_TIMEOUT_MS;
  const retryMs = options.retryMs ?? RETRY_MS;
  const socketOptions: Partial<ManagerOptions & SocketOptions> = {
    auth: { token },
    reconnectionDelayMax: options.reconnectionDelayMax ?? 5_000,
    ...(options.transports ? { transports: options.transports } : {}),
  };
  const socket: LobbySocket = options.url ? io(options.url, socketOptions) : io(socketOptions);
  let closed = false;
  let denied = false;
  let syncing = false;
  let haveSnapshot = false;
  let buffered: QueueEvent[] = [];
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  const retryLater = (fn: () => void, ms = retryMs) => {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (!closed) fn();
    }, ms);
  };

  /** Applies what follows on from the current seq; false when a hole remains. */
  const applyInOrder = (events: readonly QueueEvent[], replayed: boolean): boolean => {
    const { ready, gap } = drainBuffer(sink.currentSeq(), events);
    for (const event of ready) sink.applyEvent(event, replayed);
    return !gap;
  };

  const finishSync = () => {
    syncing = false;
    const held = buffered;
    buffered = [];
    if (applyInOrder(held, false)) sink.setConnection('connected');
    else {
      // Still a hole (events raced past the answer): keep what is after it and ask again.
      buffered = held.filter((e) => e.seq > sink.currentSeq());
      void sync();
    }
  };

  async function sync(): Promise<void> {
    if (closed || syncing || !socket.connected) return;
    syncing = true;
    sink.setConnection('syncing');
    try {
      if (!haveSnapshot) {
        // The first sync needs the config and every entity, not just the recent events.
        const ack = await socket.timeout(ackTimeoutMs).emitWithAck('snapshot:get', {});
        if (!ack.ok) throw new SyncRefused(ack.code);
        sink.applySnapshot(ack.data);
        haveSnapshot = true;
      } else {
        const ack = await socket.timeout(ackTimeoutMs).emitWithAck('sync:request', { sinceSeq: sink.currentSeq() });
        if (!ack.ok) throw new SyncRefused(ack.code);
        if (ack.data.kind === 'snapshot') sink.applySnapshot(ack.data.snapshot);
        else if (!applyInOrder(ack.data.events, true)) {
          // The server's own answer has a hole: start over from a snapshot.
          haveSnapshot = false;
          syncing = false;
          return sync();
        }
      }
      finishSync();
    } catch (err) {
      syncing = false;
      if (closed) return;
      sink.onSyncFailed?.(err instanceof SyncRefused ? err.code : null);
      retryLater(() => void sync());
    }
  }

  const onEvent = (event: QueueEvent) => {
    if (syncing || !haveSnapshot) {
      if (buffered.length < MAX_BUFFERED) buffered.push(event);
      return;
    }
    const decision = classifySeq(sink.currentSeq(), event.seq);
    if (decision === 'apply') sink.applyEvent(event, false);
    else if (decision === 'gap') {
      buffered.push(event);
      void sync();
    }
  };

  for (const type of QUEUE_EVENT_TYPES) socket.on(type, onEvent);
  socket.on('alerts:updated', (alerts) => sink.setAlerts?.(alerts));
  socket.on('estimates:updated', (view) => sink.setEstimates?.(view));
  socket.on('storage:updated', (health) => sink.setWriteHealth?.(health));
  socket.on('session:ready', (info) => sink.setPrincipal?.(info.principal));
  socket.on('session:revoked', (info) => {
    denied = true;
    socket.disconnect();
    sink.setConnection('disconnected');
    sink.onDenied(info?.reason === 'idle' ? 'idle' : 'revoked', null);
  });
  socket.on('session:signedInElsewhere', (info) => sink.onSignedInElsewhere?.(info));
  socket.on('connect', () => void sync());
  socket.on('disconnect', (reason) => {
    syncing = false;
    if (closed || denied) return;
    sink.setConnection('disconnected');
    // socket.io does not reconnect after a server-side disconnect (a restart, a kick); an
    // unattended screen must. A revoked token is refused at the next handshake.
    if (reason === 'io server disconnect') retryLater(() => socket.connect());
  });
  socket.on('connect_error', (err) => {
    if (closed) return;
    sink.setConnection('disconnected');
    const code = isErrorCode(err.message) ? err.message : null;
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
      sink.onDenied('refused', code);
      if (options.refusedRetryMs !== undefined) retryLater(() => socket.connect(), options.refusedRetryMs);
      else denied = true;
      return;
    }
    // A refusal by the server's middleware (origin, host, limits) stops socket.io's own loop.
    if (!socket.active) retryLater(() => socket.connect());
  });
  sink.setConnection('connecting');

  const sendCommand: SendCommand = async <C extends UserCommand>(
    name: C,
    payload: CommandInput<C>,
  ): Promise<CommandResult<C>> => {
    if (!socket.connected) return { ok: false, code: 'CLIENT_OFFLINE' };
    const full = { ...payload, requestId: payload.requestId ?? newRequestId() };
    try {
      // The generic maps of ClientToServerEvents cannot be narrowed by a type parameter.
      const timed = socket.timeout(ackTimeoutMs) as unknown as {
        emitWithAck: (n: string, p: unknown) => Promise<CommandResult<C>>;
      };
      return await timed.emitWithAck(name, full);
    } catch {
      return { ok: false, code: 'CLIENT_TIMEOUT' };
    }
  };

  return {
    sendCommand,
    get connected() {
      return socket.connected;
    },
    close: () => {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}

class SyncRefused extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode) {
    super(code);
    this.code = code;
  }
}
