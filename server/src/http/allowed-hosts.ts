/**
 * DNS rebinding guard: a browser page on a name the attacker controls, re-pointed at the
 * branch server, sends that name as Host. Only the branch's own names are answered:
 *  - the server's own addresses (every interface, re-read when a new one appears), its
 *    host name (and `<name>.local`), localhost;
 *  - ALLOWED_HOSTS entries: exact names, or `.example.lan` for that name and every
 *    subdomain; `*` turns the check off (a deliberate choice, logged at start);
 *  - the host of the branch's public mobile ticket address (live config).
 * Names compare case-insensitively without port or trailing dot. A request with no Host
 * header is not a browser (every browser sends one) and is let through.
 */
import { hostname, networkInterfaces } from 'node:os';

export type HostCheck = (hostHeader: string | undefined) => boolean;

export function hostOf(hostHeader: string): string {
  let h = hostHeader.trim().toLowerCase();
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    h = end > 0 ? h.slice(1, end) : h;
  } else if (h.indexOf(':') === h.lastIndexOf(':')) {
    // name:port (a bare IPv6 address has several colons and no port).
    const colon = h.indexOf(':');
    if (colon >= 0) h = h.slice(0, colon);
  }
  return h.replace(/\.$/, '');
}

function ownNames(): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '::1']);
  const host = hostname().toLowerCase();
  names.add(host);
  names.add(`${host}.local`);
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) names.add(a.address.toLowerCase().replace(/%.*$/, ''));
  return names;
}

export function createHostCheck(allowedHosts: readonly string[], mobileBaseUrl: () => string | undefined): HostCheck {
  const entries = allowedHosts.map((h) => h.trim().toLowerCase()).filter(Boolean);
  if (entries.includes('*')) return () => true;
  const exact = new Set(entries.filter((e) => !e.startsWith('.')).map(hostOf));
  const suffixes = entries.filter((e) => e.startsWith('.')).map((e) => e.replace(/\.$/, ''));
  let own = ownNames();

  const listed = (name: string) =>
    own.has(name) || exact.has(name) || suffixes.some((s) => name === s.slice(1) || name.endsWith(s));
  const mobileHost = () => {
    const base = mobileBaseUrl();
    if (!base) return null;
    try {
      return new URL(base).hostname.toLowerCase();
    } catch {
      return null;
    }
  };

  return (hostHeader) => {
    if (hostHeader === undefined) return true;
    const name = hostOf(hostHeader);
    if (name === '') return false;
    if (listed(name) || name === mobileHost()) return true;
    // An address the machine gained after start (DHCP, a new interface): look once more.
    own = ownNames();
    return own.has(name);
  };
}
