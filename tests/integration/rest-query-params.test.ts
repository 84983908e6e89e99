import { allRoutes, type RouteSpec } from '@lobby/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { api } from './admin-api-support.ts';

/**
 * Every query parameter of every route is parsed by its zod schema in the shared route map:
 * a bad value is 400 INVALID_PAYLOAD with the field named, never a 500 nor a silent default.
 */
describe('query parameters', () => {
  let server: TestServer;
  let admin: string;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.login('admin');
  });
  afterAll(() => server.close());

  it.each(['9999-99', '2026-13', '0000-01', '2026-00', '2026-1', '202601', 'x'])(
    'GET /api/admin/kpi?month=%s is refused with 400 and a code',
    async (month) => {
      const res = await api(server, admin, 'GET', `/admin/kpi?month=${month}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
      expect(res.body.issues?.map((i) => i.path)).toContain('month');
    },
  );

  it('answers the first and the last month of the calendar range', async () => {
    for (const month of ['1970-01', '2026-12', '9999-12']) {
      const res = await api(server, admin, 'GET', `/admin/kpi?month=${month}`);
      expect(res.status, month).toBe(200);
    }
  });

  it.each([
    '/reports?from=2026-02-30',
    '/reports?from=2026-11-24&to=2026-11-23',
    '/reports?from=2025-01-01&to=2026-11-24',
    '/reports?to=2026-11-24',
    '/reports/export.xlsx?from=2026-13-01',
    '/reports/low-ratings?from=2026-11-24&to=2026-11-23',
    '/reports/low-ratings?from=2026-02-30',
    '/admin/audit?from=2026-11-24&to=2026-11-24&limit=0',
    '/admin/audit?from=2026-11-24&to=2026-11-24&manualOnly=yes',
    '/admin/audit?from=2026-11-32&to=2026-11-24',
    '/complaints?status=bogus',
  ])('GET /api%s is refused with 400', async (path) => {
    const res = await api(server, admin, 'GET', path);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
  });

  /** A parameter given twice arrives as an array: a schema that parses it refuses it. */
  const withQuery = allRoutes().filter(
    ({ route }) => route.query && route.roles !== 'anyone' && route.roles.includes('admin'),
  );

  it('covers the routes that take a query', () => {
    expect(withQuery.map((r) => r.name).sort()).toEqual(
      [
        'audit.list',
        'bookings.today',
        'complaints.export',
        'complaints.list',
        'kpi.scorecard',
        'reports.export',
        'reports.lowRatings',
        'reports.range',
        'vip.import',
        'webhooks.deliveries',
      ].sort(),
    );
  });

  it.each(withQuery.map(({ name, route }) => [name, route] as [string, RouteSpec]))(
    '%s refuses a repeated query parameter',
    async (_name, route) => {
      const keys = Object.keys((queryShape(route.query) ?? {}) as Record<string, unknown>);
      expect(keys.length).toBeGreaterThan(0);
      const qs = keys.map((k) => `${k}=a&${k}=b`).join('&');
      const res = await api(server, admin, route.method, `${route.path.replace(/:\w+/g, 'x')}?${qs}`);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('INVALID_PAYLOAD');
    },
  );
});

/** The object shape behind a query schema (a plain object, or the input of a transform). */
function queryShape(schema: RouteSpec['query']): Record<string, unknown> | undefined {
  const def = (schema as { def?: { type?: string; shape?: Record<string, unknown>; in?: unknown } } | undefined)?.def;
  if (!def) return undefined;
  if (def.type === 'object') return def.shape;
  if (def.type === 'pipe') return queryShape(def.in as RouteSpec['query']);
  return undefined;
}
