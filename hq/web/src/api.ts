import { isHqErrorCode, type HqErrorCode } from '@lobby/shared';

/** Head-office REST calls with the session token; failures come back as a closed code, never thrown. */
export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: HqErrorCode | 'CLIENT_OFFLINE'; message?: string; issues?: { path: string; message: string }[] };

export async function apiCall<T>(
  token: string | null,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, code: 'CLIENT_OFFLINE' };
  }
  const json = (await res.json().catch(() => null)) as {
    ok?: boolean;
    data?: T;
    code?: unknown;
    message?: string;
    issues?: [];
  } | null;
  if (res.ok && json?.ok) return { ok: true, data: json.data as T };
  return {
    ok: false,
    code: isHqErrorCode(json?.code) ? json.code : 'INTERNAL',
    ...(json?.message ? { message: json.message } : {}),
    ...(json?.issues ? { issues: json.issues } : {}),
  };
}

/** A download (the Excel export) with the session token. */
export async function download(token: string, path: string, fileName: string): Promise<boolean> {
  const res = await fetch(`/api${path}`, { headers: { authorization: `Bearer ${token}` } }).catch(() => null);
  if (!res?.ok) return false;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
