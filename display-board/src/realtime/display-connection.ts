/**
 * The display's socket: listeners bound once, outside React. Connects with the device
 * token, resyncs on every (re)connect and on any seq gap, reconnects by itself even after
 * the server dropped it, and hands each new event to the store and to the voice.
 */
import { io, type Socket } from 'socket.io-client';
import {
  isErrorCode,
  QUEUE_EVENT_TYPES,
  type ClientToServerEvents,
  type QueueEvent,
  type ServerToClientEvents,
  type SyncResult,
} from '@lobby/shared';
import type { DisplayStore } from '../store/display-store.ts';
import { EventSequencer } from './event-sequencer.ts';

type DisplaySocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Calls older than this when a resync delivers them are shown but no longer spoken. */
const REPLAY_SPEAK_WINDOW_MS = 60_000;
const RETRY_MS = 3_000;
/** A refused token is retried slowly: it only works again once the screen is re-paired. */
const AUTH_RETRY_MS = 30_000;
const ACK_TIMEOUT_MS = 10_000;

export interface DisplayConnectionDeps {
  store: DisplayStore;
  token: string;
  /** Receives every event applied in order, with whether it is fresh enough to speak. */
  onEvent: (event: QueueEvent, speak: boolean) => void;
  url?: string;
  now?: () => number;
}

export interface DisplayConnection {
  socket: DisplaySocket;
  close(): void;
}

export function connectDisplay(deps: DisplayConnectionDeps): DisplayConnection {
  const { store, token, onEvent } = deps;
  const now = deps.now ?? Date.now;
  let closed = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  // The display only needs the websocket; skipping long-polling keeps every frame observable.
  const opts = { auth: { token }, transports: ['websocket'], reconnectionDelay: 1000, reconnectionDelayMax: 5000 };
  const socket: DisplaySocket = deps.url ? io(deps.url, opts) : io(opts);

  const retryLater = (fn: () => void, ms = RETRY_MS) => {
    if (retryTimer || closed) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (!closed) fn();
    }, ms);
  };

  const sequencer = new EventSequencer({
    apply(event, replayed) {
      const t = now();
      store.getState().receiveEvent(event, t);
      const serverNow = t + store.getState().floor.serverOffsetMs;
      onEvent(event, !replayed || serverNow - event.at < REPLAY_SPEAK_WINDOW_MS);
    },
    requestSync(sinceSeq) {
      const firstLoad = store.getState().floor.config === null;
      if (firstLoad) {
        socket.timeout(ACK_TIMEOUT_MS).emit('snapshot:get', {}, (err, res) => {
          if (err) return syncFailed(null);
          if (!res.ok) return syncFailed(res.code);
          if (res.data.audience !== 'public') return syncFailed(null);
          store.getState().receiveSnapshot(res.data, now());
          sequencer.syncedWithSnapshot(res.data.seq);
        });
        return;
      }
      socket.timeout(ACK_TIMEOUT_MS).emit('sync:request', { sinceSeq }, (err, res) => {
        if (err) return syncFailed(null);
        if (!res.ok) return syncFailed(res.code);
        applySync(res.data);
      });
    },
  });

  function applySync(result: SyncResult): void {
    if (result.kind === 'snapshot') {
      if (result.snapshot.audience !== 'public') return syncFailed(null);
      store.getState().receiveSnapshot(result.snapshot, now());
      sequencer.syncedWithSnapshot(result.snapshot.seq);
    } else {
      sequencer.syncedWithEvents(result.events);
      store.getState().setConnection({ lastDataAt: now() });
    }
  }

  /** `code` is null when the server did not answer in time. */
  function syncFailed(code: string | null): void {
    sequencer.syncFailed();
    store.getState().setConnection({ errorCode: code !== null && isErrorCode(code) ? code : 'INTERNAL' });
    retryLater(() => {
      if (socket.connected) sequencer.startSync();
    });
  }

  for (const type of QUEUE_EVENT_TYPES) {
    socket.on(type, (event: QueueEvent) => sequencer.receiveLive(event));
  }
  socket.on('estimates:updated', (view) => store.getState().receiveEstimates(view));

  socket.on('connect', () => {
    store.getState().setConnection({ status: 'online', errorCode: null });
    sequencer.startSync();
  });

  socket.on('disconnect', (reason) => {
    if (closed) return;
    const status = store.getState().connection.status;
    if (status !== 'revoked') store.getState().setConnection({ status: 'offline' });
    // socket.io does not reconnect after a server-side disconnect; an unattended screen must.
    if (reason === 'io server disconnect' && status !== 'revoked') retryLater(() => socket.connect());
  });

  socket.on('connect_error', (err) => {
    const code = isErrorCode(err.message) ? err.message : null;
    const status = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? 'unpaired' : 'offline';
    store.getState().setConnection({ status, errorCode: code });
    // A refused handshake stops socket.io's own retries; keep trying in case it is re-paired.
    if (!socket.active) retryLater(() => socket.connect(), status === 'unpaired' ? AUTH_RETRY_MS : RETRY_MS);
  });

  socket.on('session:revoked', () => {
    store.getState().setConnection({ status: 'revoked' });
    socket.disconnect();
  });

  return {
    socket,
    close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      socket.close();
    },
  };
}
