import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  callRoute,
  type CallData,
  type CallFailure,
  type CallResult,
  type RouteData,
  type RouteRequest,
  type RouteSpec,
} from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { errorMessage } from '../realtime/error-messages.ts';

/**
 * The admin area's REST calls: routes of the shared map (`STAFF_ROUTES.update`, …) called
 * with the session token, every failure shown as its localized message (unless the caller
 * shows it itself, e.g. field issues next to the fields).
 */
export interface AdminApi {
  call<S extends RouteSpec>(
    route: S,
    request: RouteRequest<S>,
    opts?: { quiet?: boolean },
  ): Promise<CallResult<CallData<S>>>;
  /** A `'file'` route, handed to the browser as a download. */
  download<S extends RouteSpec & { response: 'file' }>(
    route: S,
    request: RouteRequest<S>,
    fileName: string,
  ): Promise<CallResult<null>>;
  describe(failure: CallFailure): string;
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useAdminApi(): AdminApi {
  const token = useAppStore((s) => s.session?.token ?? '');
  const { t } = useTranslation();
  const { message } = App.useApp();
  // The language is read when a message is made, not part of the api's identity: switching
  // 中文/English must not reload every page's data (and reset a form being edited).
  const tRef = useRef(t);
  tRef.current = t;
  return useMemo(() => {
    const describe = (f: CallFailure) => {
      const text = errorMessage(tRef.current, f.code);
      return f.message && f.code !== 'INTERNAL' ? `${text}（${f.message}）` : text;
    };
    const call: AdminApi['call'] = async (route, request, opts) => {
      const r = await callRoute(route, request, { token });
      if (!r.ok && !opts?.quiet) void message.error({ content: describe(r), key: r.code });
      return r;
    };
    return {
      call,
      download: async (route, request, fileName) => {
        const r = await call(route, request);
        if (!r.ok) return r;
        saveBlob(r.data as Blob, fileName);
        return { ok: true, data: null };
      },
      describe,
    };
  }, [token, message]);
}

/**
 * Loads a GET route (request null = nothing to load) and reloads on demand; the last
 * answer wins. The request is compared by value, so an inline object literal is fine.
 */
export function useRemote<S extends RouteSpec>(
  route: S,
  request: RouteRequest<S> | null,
): { data: RouteData<S> | null; loading: boolean; reload: () => void } {
  const api = useAdminApi();
  const [data, setData] = useState<RouteData<S> | null>(null);
  const [loading, setLoading] = useState(false);
  const [nonce, setNonce] = useState(0);
  const latest = useRef(0);
  const key = request === null ? null : JSON.stringify(request);
  useEffect(() => {
    if (key === null) return;
    const call = ++latest.current;
    setLoading(true);
    void api.call(route, JSON.parse(key) as RouteRequest<S>).then((r) => {
      if (call !== latest.current) return;
      setLoading(false);
      if (r.ok) setData(r.data as RouteData<S>);
    });
  }, [api, route, key, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data, loading, reload };
}
