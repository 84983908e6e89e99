import type { TestServer } from '../support/server.ts';

/** REST helpers for the admin integration tests. */
export interface ApiResponse<T = unknown> {
  status: number;
  body: {
    ok: boolean;
    data?: T;
    code?: string;
    message?: string;
    issues?: { path: string; message: string }[];
    errors?: { line: number; message: string }[];
  };
}

export async function api<T = unknown>(
  server: TestServer,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  const res = await fetch(`${server.url}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as ApiResponse<T>['body'] };
}

export async function upload(
  server: TestServer,
  token: string,
  path: string,
  content: Buffer | string,
  contentType: string,
): Promise<ApiResponse> {
  const res = await fetch(`${server.url}/api${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body: new Uint8Array(typeof content === 'string' ? Buffer.from(content) : content),
  });
  return { status: res.status, body: (await res.json()) as ApiResponse['body'] };
}

export async function download(
  server: TestServer,
  token: string,
  path: string,
): Promise<{ status: number; type: string | null; buffer: ArrayBuffer }> {
  const res = await fetch(`${server.url}/api${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, type: res.headers.get('content-type'), buffer: await res.arrayBuffer() };
}
