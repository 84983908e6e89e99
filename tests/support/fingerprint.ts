import { createHash } from 'node:crypto';

/**
 * A PEM certificate's fingerprint as openssl, Windows, Android and iOS show it: SHA-256 of
 * its DER bytes in hex pairs (`AB:CD:…`) — computed here without node's X509Certificate,
 * which the server uses.
 */
export function sha256Fingerprint(pem: string): string {
  const der = Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
  return (createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g) ?? []).join(':');
}
