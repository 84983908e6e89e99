import { io as connectClient } from 'socket.io-client';
import type { Principal } from '@lobby/shared';
import type { LobbySocket } from '../../support/server.ts';

/**
 * A client for a server the test does not own in-process (a child process, or a server
 * behind the fault proxy): reconnects by itself, quickly, as the apps do.
 */
export async function connectTo(url: string, token: string, timeoutMs = 10_000): Promise<LobbySocket> {
  const socket: LobbySocket = connectClient(url, {
    auth: { token },
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
    timeout: 5000,
    autoConnect: false,
  });
  await new Promise<Principal>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.disconnect();
      reject(new Error(`no session:ready from ${url} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('session:ready', (info) => {
      clearTimeout(timer);
      resolve(info.principal);
    });
    socket.connect();
  });
  return socket;
}
