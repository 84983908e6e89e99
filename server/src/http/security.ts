import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * helmet with a CSP the built apps live with: antd injects inline styles, the display
 * plays chimes from data:/blob: audio, QR codes are data: images. Pages connect to their
 * own origin only: `'self'` covers same-origin ws:/wss: in current browsers, so socket.io
 * needs no wider connect-src (any other ws: host would let injected script phone home).
 * No upgrade-insecure-requests and no HSTS: branches often serve plain http on the LAN.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'self'"],
        formAction: ["'self'"],
      },
    },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * Browser features no surface uses are off; the hall display keeps autoplay (voice
 * calls), fullscreen and a screen wake lock for itself.
 */
export const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'bluetooth=()',
  'midi=()',
  'display-capture=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
  'publickey-credentials-get=()',
  'autoplay=(self)',
  'fullscreen=(self)',
  'screen-wake-lock=(self)',
].join(', ');

export function permissionsPolicy() {
  return (_req: unknown, res: ServerResponse, next: () => void) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    next();
  };
}

/**
 * The same headers as a fixed set, for answers express never sees: socket.io's polling and
 * handshake responses (and its refusals) are written by the engine itself. No-store: a
 * polling answer carries queue events.
 */
export function staticSecurityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  securityHeaders()({} as IncomingMessage, res as unknown as ServerResponse, () => undefined);
  headers['permissions-policy'] = PERMISSIONS_POLICY;
  headers['cache-control'] = 'no-store';
  return headers;
}
