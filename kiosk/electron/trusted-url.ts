/**
 * The kiosk window may only ever show pages of the queue server. Origins are compared
 * field by field on parsed URLs: string prefixes would let `http://127.0.0.1:3000.evil.com`
 * or `http://127.0.0.1:30001` through.
 */
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

export function parseServerOrigin(serverUrl: string): URL {
  const url = new URL(serverUrl);
  if (!WEB_PROTOCOLS.has(url.protocol)) throw new Error(`server URL must be http(s): ${serverUrl}`);
  return url;
}

export function isTrustedUrl(candidate: string, server: URL): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return (
    url.protocol === server.protocol &&
    url.hostname === server.hostname &&
    url.port === server.port &&
    url.username === '' &&
    url.password === ''
  );
}
