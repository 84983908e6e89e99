import { io, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  Principal,
  QueueEvent,
  ServerToClientEvents,
  Snapshot,
  SyncResult,
  Alert,
} from '@lobby/shared';
import { QUEUE_EVENT_TYPES } from '@lobby/shared';
import type { ConnectionState } from './connection-state.ts';
import { classifySeq, drainBuffer } from './seq-gate.ts';
import { newRequestId } from './request-id.ts';
import type { CommandInput, CommandResult, SendCommand, UserCommand } from './command-result.ts';

export type LobbySocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Where a connection puts what it receives (the store slices of a staff or device session). */
export interface RealtimeSink {
  currentSeq: () => number;
  applySnapshot: (snapshot: Snapshot) => void;
  applyEvent: (event: QueueEvent) => void;
  setConnection: (state: ConnectionState) => void;
  setPrincipal: (principal: Principal) => void;
  setAlerts?: (alerts: Alert[]) => void;
  /** The server refused or revoked the token: sign in / pair again. */
  onRevoked: () => void;
}

export interface RealtimeConnection {
  sendCommand: SendCommand;
  close: () => void;
}

const ACK_TIMEOUT_MS = 10_000;
const RETRY_MS = 2_000;

/**
 * One socket per sign-in (or per paired device). socket.io delivers at most once and keeps
 * no buffer, so the client owns consistency: on every (re)connect and on any seq gap it asks
 * `sync:request {sinceSeq}` and applies the events or snapshot it gets back. Events that
 * arrive while a sync is in flight are buffered and replayed after it.
 */
export function openRealtime(token: string, sink: RealtimeSink, url?: string): RealtimeConnection {
  const options = { auth: { token }, reconnectionDelayMax: 5_000 };
  const socket: LobbySocket = url ? io(url, options) : io(options);
  let closed = false;
  let syncing = false;
  let haveSnapshot = false;
  let buffered: QueueEvent[] = [];
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  const scheduleRetry = (fn: () => void) => {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (!closed) fn();
    }, RETRY_MS);
  };

  const applyInOrder = (events: readonly QueueEvent[]): boolean => {
    const { ready, gap } = drainBuffer(sink.currentSeq(), events);
    for (const event of ready) sink.applyEvent(event);
    return !gap;
  };

  const finishSync = () => {
    syncing = false;
    const pending = buffered;
    buffered = [];
    if (applyInOrder(pending)) sink.setConnection('connected');
    else void sync();
  };

  async function sync(): Promise<void> {
    if (closed || !socket.connected) return;
    if (syncing) return;
    syncing = true;
    sink.setConnection('syncing');
    try {
      if (!haveSnapshot) {
        // The first sync needs the config and every entity, not just recent events.
        const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('snapshot:get', {});
        if (!ack.ok) throw new Error(ack.code);
        sink.applySnapshot(ack.data);
        haveSnapshot = true;
      } else {
        const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('sync:request', { sinceSeq: sink.currentSeq() });
        if (!ack.ok) throw new Error(ack.code);
        const result: SyncResult = ack.data;
        if (result.kind === 'snapshot') sink.applySnapshot(result.snapshot);
        else if (!applyInOrder(result.events)) {
          // The server's own answer has a hole: start over from a snapshot.
          haveSnapshot = false;
          syncing = false;
          return sync();
        }
      }
      finishSync();
    } catch {
      syncing = false;
      scheduleRetry(() => void sync());
    }
  }

  const onEvent = (event: QueueEvent) => {
    if (syncing || !haveSnapshot) {
      buffered.push(event);
      return;
    }
    const decision = classifySeq(sink.currentSeq(), event.seq);
    if (decision === 'apply') sink.applyEvent(event);
    else if (decision === 'gap') {
      buffered.push(event);
      void sync();
    }
  };

  for (const type of QUEUE_EVENT_TYPES) socket.on(type, onEvent);
  socket.on('alerts:updated', (alerts) => sink.setAlerts?.(alerts));
  socket.on('session:ready', (info) => sink.setPrincipal(info.principal));
  socket.on('session:revoked', () => {
    sink.onRevoked();
  });
  socket.on('connect', () => void sync());
  socket.on('disconnect', (reason) => {
    syncing = false;
    if (closed) return;
    sink.setConnection('disconnected');
    // socket.io does not reconnect after a server-side disconnect; a revoked token is
    // refused on the next handshake (connect_error → onRevoked), anything else recovers.
    if (reason === 'io server disconnect') scheduleRetry(() => socket.connect());
  });
  socket.on('connect_error', (err) => {
    if (closed) return;
    sink.setConnection('disconnected');
    if (err.message === 'UNAUTHENTICATED' || err.message === 'FORBIDDEN') {
      sink.onRevoked();
      return;
    }
    // A refusal by the server's middleware stops socket.io's own reconnection loop.
    if (!socket.active) scheduleRetry(() => socket.connect());
  });
  sink.setConnection('connecting');

  const sendCommand: SendCommand = async <C extends UserCommand>(
    name: C,
    payload: CommandInput<C>,
  ): Promise<CommandResult<C>> => {
    if (!socket.connected) return { ok: false, code: 'CLIENT_OFFLINE' };
    const full = { ...payload, requestId: newRequestId() };
    try {
      // The generic maps of ClientToServerEvents cannot be narrowed by a type parameter.
      const timed = socket.timeout(ACK_TIMEOUT_MS) as unknown as {
        emitWithAck: (n: string, p: unknown) => Promise<CommandResult<C>>;
      };
      return await timed.emitWithAck(name, full);
    } catch {
      return { ok: false, code: 'CLIENT_TIMEOUT' };
    }
  };

  return {
    sendCommand,
    close: () => {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}
