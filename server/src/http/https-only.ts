import { createServer as createPlainServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { HostCheck } from './allowed-hosts.ts';

/** The first byte of a TLS ClientHello (record type handshake). */
const TLS_HANDSHAKE = 0x16;

/**
 * With TLS on, the one port answers both: a TLS handshake goes to the HTTPS server, and a
 * plain-http request (a bookmark, a typed address) is redirected to the same address over
 * https — 308, so a POST stays a POST — after the same Host check as everything else.
 */
/** `server`: the HTTPS server (typed as node:http's Server, which node:https's extends). */
export function redirectPlainHttp(
  server: Server,
  isAllowed: HostCheck,
  /** Answered over plain http as well (the branch CA, for devices that do not trust https yet). */
  plainRoutes: Readonly<Record<string, (req: IncomingMessage, res: ServerResponse) => void>> = {},
): void {
  const plain = createPlainServer((req: IncomingMessage, res: ServerResponse): void => {
    const host = req.headers.host;
    res.setHeader('cache-control', 'no-store');
    if (!isAllowed(host) || !host) {
      res.writeHead(421, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ ok: false, code: 'FORBIDDEN', message: 'host not allowed' }));
      return;
    }
    const route = plainRoutes[req.url ?? ''];
    if (route && req.method === 'GET') return route(req, res);
    res.writeHead(308, { location: `https://${host}${req.url ?? '/'}`, connection: 'close' });
    res.end();
  });
  const tlsListeners = server.listeners('connection') as ((socket: Socket) => void)[];
  server.removeAllListeners('connection');
  server.on('connection', (socket: Socket) => {
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      if (first[0] === TLS_HANDSHAKE) for (const listener of tlsListeners) listener.call(server, socket);
      else plain.emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
}
