import { io, type Socket } from 'socket.io-client';
import { MOBILE_NAMESPACE, type MobileClientToServerEvents, type MobileServerToClientEvents } from '@lobby/shared';
import { applyFetchResult, type MobileStore } from './mobile-store.ts';

export type MobileSocket = Socket<MobileServerToClientEvents, MobileClientToServerEvents>;

/** The phone's socket to the `/mobile` namespace, authenticated by the ticket's token alone. */
export function connectMobileSocket(token: string): MobileSocket {
  return io(MOBILE_NAMESPACE, { auth: { ticketToken: token } });
}

/**
 * The mobile ticket page kept live by push: the server sends the ticket's view on connect and
 * whenever it changes, so a call reaches the phone within a second (no 5 s polling). A refused
 * token ends it (not found); a lost connection keeps the last good view while socket.io
 * reconnects, and the view comes again on reconnect. Bound once, outside React.
 */
export function startMobileLive(store: MobileStore, socket: MobileSocket): () => void {
  socket.on('ticket:view', (view) => applyFetchResult(store, { kind: 'ok', view }));
  socket.on('connect_error', (err) => {
    if (err.message === 'NOT_FOUND') {
      applyFetchResult(store, { kind: 'not_found' });
      socket.close();
    } else {
      applyFetchResult(store, { kind: 'error', status: null });
    }
  });
  socket.on('disconnect', (reason) => {
    applyFetchResult(store, { kind: 'error', status: null });
    // Only a server-side disconnect stops socket.io's own reconnection: ask again.
    if (reason === 'io server disconnect') socket.connect();
  });
  return () => {
    socket.removeAllListeners();
    socket.close();
  };
}
