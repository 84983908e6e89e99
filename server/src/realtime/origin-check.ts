import type { IncomingMessage } from 'node:http';

/**
 * Cross-site WebSocket hijacking guard (CVE-2023-49805 class): a browser always sends
 * Origin, so a browser page from another site is refused. No Origin = not a browser
 * (kiosk shell, integrator, tests) → allowed; those still need a token.
 */
export function isOriginAllowed(req: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (allowedOrigins.includes(origin)) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return req.headers.host !== undefined && url.host === req.headers.host;
}
