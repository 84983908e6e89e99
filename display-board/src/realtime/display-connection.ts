/**
 * The display's socket, on the shared client realtime module: listeners bound once,
 * outside React. Connects with the device token, resyncs on every (re)connect and on any
 * seq gap, reconnects by itself even after the server dropped it, and hands each new event
 * to the store and to the voice.
 */
import { openRealtime, type LinkState, type RealtimeConnection } from '@lobby/shared/realtime-client';
import type { QueueEvent } from '@lobby/shared';
import type { DisplayStore, LinkStatus } from '../store/display-store.ts';

/** Calls older than this when a resync delivers them are shown but no longer spoken. */
const REPLAY_SPEAK_WINDOW_MS = 60_000;
const RETRY_MS = 3_000;
/** A refused token is retried slowly: it only works again once the screen is re-paired. */
const AUTH_RETRY_MS = 30_000;

export interface DisplayConnectionDeps {
  store: DisplayStore;
  token: string;
  /** Receives every event applied in order, with whether it is fresh enough to speak. */
  onEvent: (event: QueueEvent, speak: boolean) => void;
  url?: string;
  now?: () => number;
}

const LINK_STATUS: Record<LinkState, LinkStatus> = {
  connecting: 'connecting',
  syncing: 'online',
  connected: 'online',
  disconnected: 'offline',
};

export function connectDisplay(deps: DisplayConnectionDeps): RealtimeConnection {
  const { store, token, onEvent } = deps;
  const now = deps.now ?? Date.now;
  const state = () => store.getState();
  return openRealtime(
    token,
    {
      currentSeq: () => state().floor.seq,
      applySnapshot: (snapshot) => {
        if (snapshot.audience === 'public') state().receiveSnapshot(snapshot, now());
      },
      applyEvent: (event, replayed) => {
        const t = now();
        state().receiveEvent(event, t);
        const serverNow = t + state().floor.serverOffsetMs;
        onEvent(event, !replayed || serverNow - event.at < REPLAY_SPEAK_WINDOW_MS);
      },
      setConnection: (link) => {
        const status = state().connection.status;
        // A revoked or unpaired screen stays on its pairing screen until it connects again.
        if ((status === 'revoked' || status === 'unpaired') && link === 'disconnected') return;
        state().setConnection(
          link === 'connected'
            ? { status: LINK_STATUS[link], errorCode: null, lastDataAt: now() }
            : { status: LINK_STATUS[link] },
        );
      },
      onDenied: (reason, code) =>
        state().setConnection({ status: reason === 'revoked' ? 'revoked' : 'unpaired', errorCode: code }),
      onSyncFailed: (code) => state().setConnection({ errorCode: code ?? 'INTERNAL' }),
      setEstimates: (view) => state().receiveEstimates(view),
    },
    {
      ...(deps.url ? { url: deps.url } : {}),
      // The display only needs the websocket; skipping long-polling keeps every frame observable.
      transports: ['websocket'],
      retryMs: RETRY_MS,
      refusedRetryMs: AUTH_RETRY_MS,
    },
  );
}
