import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { HostCheck } from './allowed-hosts.ts';

const REFUSAL = JSON.stringify({ ok: false, code: 'FORBIDDEN', message: 'host not allowed' });

/**
 * What every request passes before ANY listener of the HTTP server — express, and the
 * socket.io engine, which answers /socket.io polling and the WebSocket upgrade before
 * express ever sees them: the Host check (421 Misdirected Request with the typed refusal),
 * and the security headers on the answers the engine writes itself. Call after socket.io
 * has attached.
 */
export function guardFrontDoor(
  server: HttpServer,
  opts: { isAllowed: HostCheck; engineHeaders: Readonly<Record<string, string>>; enginePath: string },
): void {
  const setEngineHeaders = (res: ServerResponse) => {
    for (const [name, value] of Object.entries(opts.engineHeaders)) res.setHeader(name, value);
  };
  const requestListeners = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!opts.isAllowed(req.headers.host)) {
      setEngineHeaders(res);
      res.writeHead(421, { 'content-type': 'application/json; charset=utf-8' });
      res.end(REFUSAL);
      return;
    }
    // The engine's writeHead keeps headers set here; express's helmet sets its own anyway.
    if (req.url?.startsWith(opts.enginePath)) setEngineHeaders(res);
    for (const listener of requestListeners) listener.call(server, req, res);
  });

  const upgradeListeners = server.listeners('upgrade') as ((
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
  ) => void)[];
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!opts.isAllowed(req.headers.host)) {
      socket.end(
        `HTTP/1.1 421 Misdirected Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(REFUSAL)}\r\nConnection: close\r\n\r\n${REFUSAL}`,
      );
      return;
    }
    for (const listener of upgradeListeners) listener.call(server, req, socket, head);
  });
}
