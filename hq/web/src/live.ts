import type { HqGridRow, HqServerToClient } from '@lobby/shared';
import { io, type Socket } from 'socket.io-client';
import { apiCall } from './api.ts';
import { useHq } from './store.ts';

/**
 * The live grid's socket, bound once outside React: on every (re)connect the whole grid is
 * read again, then changed rows arrive as pushes.
 */
let socket: Socket<HqServerToClient> | null = null;

export function startLive(token: string): void {
  stopLive();
  const s: Socket<HqServerToClient> = io({ auth: { token }, transports: ['websocket'] });
  socket = s;
  s.on('connect', () => {
    useHq.getState().setConnected(true);
    void apiCall<HqGridRow[]>(token, 'GET', '/branches').then((r) => {
      if (r.ok) useHq.getState().replaceRows(r.data);
    });
  });
  s.on('disconnect', () => useHq.getState().setConnected(false));
  s.on('connect_error', (err) => {
    if (err.message === 'UNAUTHENTICATED') useHq.getState().setSession(null);
  });
  s.on('branches:changed', (rows) => useHq.getState().upsertRows(rows));
}

export function stopLive(): void {
  socket?.disconnect();
  socket = null;
}
