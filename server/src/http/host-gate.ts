import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { HostCheck } from './allowed-hosts.ts';

const REFUSAL = JSON.stringify({ ok: false, code: 'FORBIDDEN', message: 'host not allowed' });

/**
 * Puts the Host check in front of EVERY listener of the HTTP server: express, and the
 * socket.io engine (which handles /socket.io polling and the WebSocket upgrade before
 * express ever sees them). Call after socket.io has attached. A refused request gets
 * 421 Misdirected Request with the typed refusal.
 */
export function gateHttpServer(server: HttpServer, isAllowed: HostCheck): void {
  const requestListeners = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!isAllowed(req.headers.host)) {
      res.writeHead(421, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(REFUSAL);
      return;
    }
    for (const listener of requestListeners) listener.call(server, req, res);
  });

  const upgradeListeners = server.listeners('upgrade') as ((
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
  ) => void)[];
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!isAllowed(req.headers.host)) {
      socket.end(
        `HTTP/1.1 421 Misdirected Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(REFUSAL)}\r\nConnection: close\r\n\r\n${REFUSAL}`,
      );
      return;
    }
    for (const listener of upgradeListeners) listener.call(server, req, socket, head);
  });
}
