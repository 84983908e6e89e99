import { AUTH_HEADER, isErrorCode, type ErrorCode, type FieldIssue, type VipImportError } from '@lobby/shared';

/**
 * REST calls of the admin area. Every failure comes back as a closed code (plus field
 * issues or import errors when the server sent them), never a thrown exception.
 */
export type ApiFailure = {
  ok: false;
  code: ErrorCode | 'CLIENT_OFFLINE';
  message?: string;
  issues?: FieldIssue[];
  errors?: VipImportError[];
};
export type ApiResult<T> = { ok: true; data: T } | ApiFailure;

function failureOf(body: unknown): ApiFailure {
  const b = (body && typeof body === 'object' ? body : {}) as Partial<ApiFailure>;
  return {
    ok: false,
    code: isErrorCode(b.code) ? b.code : 'INTERNAL',
    ...(typeof b.message === 'string' ? { message: b.message } : {}),
    ...(Array.isArray(b.issues) ? { issues: b.issues } : {}),
    ...(Array.isArray(b.errors) ? { errors: b.errors } : {}),
  };
}

async function send<T>(
  token: string,
  method: string,
  path: string,
  body?: BodyInit,
  contentType?: string,
): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers: { [AUTH_HEADER]: `Bearer ${token}`, ...(contentType ? { 'content-type': contentType } : {}) },
      ...(body === undefined ? {} : { body }),
    });
  } catch {
    return { ok: false, code: 'CLIENT_OFFLINE' };
  }
  const json: unknown = await res.json().catch(() => null);
  if (res.ok && json && typeof json === 'object' && (json as { ok?: unknown }).ok === true)
    return { ok: true, data: (json as { data: T }).data };
  return failureOf(json);
}

export function apiRequest<T>(
  token: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  return send<T>(
    token,
    method,
    path,
    body === undefined ? undefined : JSON.stringify(body),
    body === undefined ? undefined : 'application/json',
  );
}

export function apiUpload<T>(token: string, path: string, file: Blob): Promise<ApiResult<T>> {
  return send<T>(token, 'POST', path, file, file.type || 'application/octet-stream');
}

/** Fetches a file with the session header and hands it to the browser as a download. */
export async function apiDownload(token: string, path: string, fileName: string): Promise<ApiResult<null>> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { headers: { [AUTH_HEADER]: `Bearer ${token}` } });
  } catch {
    return { ok: false, code: 'CLIENT_OFFLINE' };
  }
  if (!res.ok) return failureOf(await res.json().catch(() => null));
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, data: null };
}
