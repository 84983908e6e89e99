/**
 * The typed REST route map, like the socket protocol: every route under `/api` is declared
 * ONCE here with its method, path, roles and zod schemas, and both sides are built from it —
 * the server mounts it (`RestRouter.add` in server/src/http/rest-router.ts: parse → role
 * check → typed handler → answer), every client calls it (`callRoute` in ./call.ts), and
 * `/api/openapi.json` is generated from it. A renamed field fails the typecheck on both sides.
 *
 * Adding a route:
 *   1. declare it in the feature's file here with `defineRoute({...})` and add it to the
 *      feature's `…_ROUTES` object (which ./routes.ts spreads into REST_ROUTES);
 *   2. mount it in the feature's router: `rest.add(ROUTE, ({ principal, params, query, body }) => ack)`;
 *   3. call it from a client: `callRoute(ROUTE, { params, query, body }, { token })`.
 *
 * - `path` uses express syntax (`/admin/staff/:id`), relative to `/api`; `params` must name
 *   each `:segment`.
 * - `query` values arrive as strings: use `z.coerce` / enums of strings. A bad one is 400
 *   INVALID_PAYLOAD with the field issues, like a bad body.
 * - `roles`: who may call (401 without a token, 403 with another role); `'anyone'` needs no token.
 * - `response`: the schema of `data` in `{ ok: true, data }` (or of the whole body when
 *   `envelope: 'bare'`); `'file'` for downloads. Handlers return an `Ack` of it or a Failure;
 *   the status of a Failure comes from HTTP_STATUS.
 */
import type { z } from 'zod';
import type { Role } from '../protocol/roles.ts';

/** Header that carries the staff session or device token on REST calls. */
export const AUTH_HEADER = 'authorization';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSpec {
  method: HttpMethod;
  path: `/${string}`;
  summary: string;
  roles: readonly Role[] | 'anyone';
  params?: z.ZodObject;
  /** Usually a z.object of strings; may transform (e.g. a date range checked as a whole). */
  query?: z.ZodType;
  /** A JSON body schema, or `'raw'` for an uploaded file (the bytes, any content type). */
  body?: z.ZodType | 'raw';
  response: z.ZodType | 'file';
  /** `'ack'` (default): `{ ok: true, data }`. `'bare'`: the data is the whole body. */
  envelope?: 'ack' | 'bare';
  /** Largest raw body accepted (default 1 MiB). */
  maxBytes?: number;
  /** Status of a success (default 200). */
  okStatus?: number;
  /** Listed in the OpenAPI document's integrator section (kiosk-token API for other systems). */
  integrator?: boolean;
}

/** Identity, for inference: the literal types of the spec stay. */
export function defineRoute<const S extends RouteSpec>(spec: S): S {
  return spec;
}

type SchemaOf<S, K extends keyof RouteSpec> = S extends { [P in K]: infer Z extends z.ZodType } ? Z : never;

/** What a handler receives, parsed (schema outputs). */
export type RouteParams<S extends RouteSpec> = [SchemaOf<S, 'params'>] extends [never]
  ? Record<string, never>
  : z.output<SchemaOf<S, 'params'>>;
export type RouteQuery<S extends RouteSpec> = [SchemaOf<S, 'query'>] extends [never]
  ? Record<string, never>
  : z.output<SchemaOf<S, 'query'>>;
export type RouteBody<S extends RouteSpec> = S extends { body: 'raw' }
  ? Uint8Array
  : [SchemaOf<S, 'body'>] extends [never]
    ? undefined
    : z.output<SchemaOf<S, 'body'>>;
/** The data of a successful answer. */
export type RouteData<S extends RouteSpec> = S extends { response: 'file' }
  ? DownloadFile
  : z.output<SchemaOf<S, 'response'>>;

/** A download: what a `'file'` route's handler returns as its data. */
export interface DownloadFile {
  fileName: string;
  contentType: string;
  content: Uint8Array;
}

/** What a client sends (schema inputs); keys are required exactly when the route has them. */
export type RouteRequest<S extends RouteSpec> = ([SchemaOf<S, 'params'>] extends [never]
  ? { params?: undefined }
  : { params: z.input<SchemaOf<S, 'params'>> }) &
  ([SchemaOf<S, 'query'>] extends [never] ? { query?: undefined } : { query: z.input<SchemaOf<S, 'query'>> }) &
  (S extends { body: 'raw' }
    ? { body: Blob }
    : [SchemaOf<S, 'body'>] extends [never]
      ? { body?: undefined }
      : { body: z.input<SchemaOf<S, 'body'>> });

/** `/admin/staff/:id` + `{ id: 'u 1' }` → `/admin/staff/u%201`, then `?query` of the defined values. */
export function routeUrl(
  spec: Pick<RouteSpec, 'path'>,
  params: Record<string, unknown> | undefined,
  query?: Record<string, unknown>,
): string {
  const path = spec.path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`route ${spec.path} needs :${name}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}
