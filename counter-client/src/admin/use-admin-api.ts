import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';
import { errorMessage } from '../realtime/error-messages.ts';
import { apiDownload, apiRequest, apiUpload, type ApiFailure, type ApiResult } from './admin-api.ts';

/**
 * The admin REST calls bound to the session, with every failure shown as its localized
 * message (unless the caller shows it itself, e.g. field issues next to the fields).
 */
export interface AdminApi {
  get<T>(path: string): Promise<ApiResult<T>>;
  post<T>(path: string, body?: unknown, opts?: { quiet?: boolean }): Promise<ApiResult<T>>;
  put<T>(path: string, body: unknown, opts?: { quiet?: boolean }): Promise<ApiResult<T>>;
  patch<T>(path: string, body: unknown): Promise<ApiResult<T>>;
  upload<T>(path: string, file: Blob, opts?: { quiet?: boolean }): Promise<ApiResult<T>>;
  download(path: string, fileName: string): Promise<ApiResult<null>>;
  describe(failure: ApiFailure): string;
}

export function useAdminApi(): AdminApi {
  const token = useAppStore((s) => s.session?.token ?? '');
  const { t } = useTranslation();
  const { message } = App.useApp();
  return useMemo(() => {
    const describe = (f: ApiFailure) =>
      f.message && f.code !== 'INTERNAL' ? `${errorMessage(t, f.code)}（${f.message}）` : errorMessage(t, f.code);
    const shown = async <T>(p: Promise<ApiResult<T>>, quiet = false): Promise<ApiResult<T>> => {
      const r = await p;
      if (!r.ok && !quiet) void message.error({ content: describe(r), key: r.code });
      return r;
    };
    return {
      get: (path) => shown(apiRequest(token, 'GET', path)),
      post: (path, body, opts) => shown(apiRequest(token, 'POST', path, body ?? {}), opts?.quiet),
      put: (path, body, opts) => shown(apiRequest(token, 'PUT', path, body), opts?.quiet),
      patch: (path, body) => shown(apiRequest(token, 'PATCH', path, body)),
      upload: (path, file, opts) => shown(apiUpload(token, path, file), opts?.quiet),
      download: (path, fileName) => shown(apiDownload(token, path, fileName)),
      describe,
    };
  }, [token, t, message]);
}

/** Loads `path` (null = nothing to load) and reloads on demand; the last answer wins. */
export function useRemote<T>(path: string | null): { data: T | null; loading: boolean; reload: () => void } {
  const api = useAdminApi();
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(false);
  const [nonce, setNonce] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    if (path === null) return;
    const call = ++latest.current;
    setLoading(true);
    void api.get<T>(path).then((r) => {
      if (call !== latest.current) return;
      setLoading(false);
      if (r.ok) setData(r.data);
    });
  }, [api, path, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data, loading, reload };
}
