import type { TestServer } from '../../support/server.ts';

/** Raw HTTP for probes: the status, headers and parsed body (JSON when it is JSON). */
export interface Probe {
  status: number;
  headers: Headers;
  body: unknown;
}

export async function request(
  server: TestServer,
  method: string,
  path: string,
  opts: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Probe> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const type = res.headers.get('content-type') ?? '';
  const body: unknown = type.includes('application/json') ? await res.json() : await res.text();
  return { status: res.status, headers: res.headers, body };
}

export function login(server: TestServer, username: string, password: string, headers: Record<string, string> = {}) {
  return request(server, 'POST', '/api/auth/login', { body: { username, password }, headers });
}
