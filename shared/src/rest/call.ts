/**
 * The one client helper for REST: a typed fetch of a route of the map. Every failure comes
 * back as a closed code (plus field issues, and import errors when the server sent them),
 * never a thrown exception; CLIENT_OFFLINE when the server could not be reached.
 */
import { isErrorCode, type ErrorCode, type FieldIssue } from '../protocol/errors.ts';
import { AUTH_HEADER, routeUrl, type RouteData, type RouteRequest, type RouteSpec } from './route.ts';

export type CallFailure = {
  ok: false;
  code: ErrorCode | 'CLIENT_OFFLINE';
  /** HTTP status, null when nothing answered. */
  status: number | null;
  message?: string;
  issues?: FieldIssue[];
  errors?: { line: number; message: string }[];
};
export type CallResult<T> = { ok: true; data: T } | CallFailure;

/** A download arrives as a Blob; every other route as its typed data. */
export type CallData<S extends RouteSpec> = S extends { response: 'file' } ? Blob : RouteData<S>;

export interface CallOptions {
  /** Staff session or device token, sent as `Authorization: Bearer`. */
  token?: string | null;
  /** Origin of the server; default: the page's own (relative URL). */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Per-call fetch options (e.g. `cache: 'no-store'`). */
  init?: { cache?: 'no-store' | 'no-cache' | 'default'; signal?: AbortSignal };
}

function failureOf(body: unknown, status: number | null): CallFailure {
  const b = (body && typeof body === 'object' ? body : {}) as Partial<CallFailure>;
  return {
    ok: false,
    code: isErrorCode(b.code) ? b.code : 'INTERNAL',
    status,
    ...(typeof b.message === 'string' ? { message: b.message } : {}),
    ...(Array.isArray(b.issues) ? { issues: b.issues } : {}),
    ...(Array.isArray(b.errors) ? { errors: b.errors } : {}),
  };
}

export async function callRoute<S extends RouteSpec>(
  route: S,
  request: RouteRequest<S>,
  opts: CallOptions = {},
): Promise<CallResult<CallData<S>>> {
  const req = request as { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.token) headers[AUTH_HEADER] = `Bearer ${opts.token}`;
  let body: string | Blob | undefined;
  if (route.body === 'raw') {
    const blob = req.body as Blob;
    headers['content-type'] = blob.type || 'application/octet-stream';
    body = blob;
  } else if (route.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(req.body ?? {});
  }
  const url = `${opts.baseUrl ?? ''}/api${routeUrl(route, req.params, req.query)}`;
  let res: Response;
  try {
    res = await (opts.fetch ?? fetch)(url, { method: route.method, headers, ...opts.init, ...(body ? { body } : {}) });
  } catch {
    return { ok: false, code: 'CLIENT_OFFLINE', status: null };
  }
  if (route.response === 'file' && res.ok) {
    return { ok: true, data: (await res.blob()) as CallData<S> };
  }
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) return failureOf(json, res.status);
  if (route.envelope === 'bare') return { ok: true, data: json as CallData<S> };
  if (json && typeof json === 'object' && (json as { ok?: unknown }).ok === true) {
    return { ok: true, data: (json as { data: CallData<S> }).data };
  }
  return failureOf(json, res.status);
}
