import {
  CatalogueTemplateSchema,
  HqKpiQuerySchema,
  HqLoginSchema,
  HqReportQuerySchema,
  type HqCatalogueVersionView,
  type HqSessionUser,
} from '@lobby/shared';
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { HqServices } from '../app/services.ts';
import { reportWorkbook } from '../reports/report-workbook.ts';
import { bearerOf, guarded, parseOr400, sendFailure } from './respond.ts';

/**
 * The head-office web UI's REST API: sign-in, the grid and a branch's drill-down (read-only),
 * reports and their Excel export, the KPI scorecard, regions and branch registration (admins;
 * a new branch's key is shown once), and the catalogue (admins publish; everyone sees which
 * branches adopted, wait, or refused and why).
 */
const Id = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, _ or -');
const RegionSchema = z.object({
  id: Id,
  nameZh: z.string().trim().min(1).max(60),
  nameEn: z.string().trim().min(1).max(60),
});
const BranchSchema = z.object({
  id: Id,
  regionId: Id,
  nameZh: z.string().trim().min(1).max(60),
  nameEn: z.string().trim().min(1).max(60),
});
const PublishSchema = z.object({ note: z.string().trim().max(200).default(''), template: z.unknown() });

export function uiRoutes(s: HqServices): Router {
  const router = express.Router();
  const json = express.json({ limit: '2mb' });

  const userOf = async (req: Request, res: Response, roles: HqSessionUser['role'][]): Promise<HqSessionUser | null> => {
    const token = bearerOf(req);
    const user = token ? await s.users.userForToken(token, s.clock()) : null;
    if (!user) {
      sendFailure(res, 'UNAUTHENTICATED');
      return null;
    }
    if (!roles.includes(user.role)) {
      sendFailure(res, 'FORBIDDEN');
      return null;
    }
    return user;
  };
  const anyone: HqSessionUser['role'][] = ['admin', 'viewer'];
  const get = (
    path: string,
    roles: HqSessionUser['role'][],
    fn: (req: Request, res: Response, u: HqSessionUser) => Promise<void>,
  ) =>
    router.get(
      path,
      guarded(s.logger, async (req, res) => {
        const u = await userOf(req, res, roles);
        if (u) await fn(req, res, u);
      }),
    );
  const post = (
    path: string,
    roles: HqSessionUser['role'][],
    fn: (req: Request, res: Response, u: HqSessionUser) => Promise<void>,
  ) =>
    router.post(
      path,
      json,
      guarded(s.logger, async (req, res) => {
        const u = await userOf(req, res, roles);
        if (u) await fn(req, res, u);
      }),
    );

  router.post(
    '/auth/login',
    json,
    guarded(s.logger, async (req, res) => {
      const body = parseOr400(HqLoginSchema, req.body, res);
      if (!body) return;
      const session = await s.users.login(body.username, body.password, s.clock());
      if (!session) return sendFailure(res, 'BAD_CREDENTIALS');
      res.json({ ok: true, data: session });
    }),
  );
  post('/auth/logout', anyone, async (req, res) => {
    await s.users.logout(bearerOf(req)!);
    res.json({ ok: true, data: null });
  });
  get('/auth/me', anyone, async (_req, res, u) => void res.json({ ok: true, data: u }));

  get('/regions', anyone, async (_req, res) => {
    const regions = await s.branches.regions();
    res.json({ ok: true, data: regions.map((r) => ({ id: r.id, name: { zh: r.nameZh, en: r.nameEn } })) });
  });
  get('/branches', anyone, async (_req, res) => void res.json({ ok: true, data: await s.grid.rows(null, s.clock()) }));
  get('/branches/:id', anyone, async (req, res) => {
    const detail = await s.grid.detail(String(req.params.id), s.clock());
    if (!detail) return sendFailure(res, 'NOT_FOUND');
    res.json({ ok: true, data: detail });
  });

  const reportOf = async (req: Request, res: Response) => {
    const q = parseOr400(HqReportQuerySchema, req.query, res);
    if (!q) return null;
    return s.reports.report(
      { from: q.from, to: q.to, regions: q.regions ?? null, branches: q.branches ?? null },
      q.group,
    );
  };
  get('/reports', anyone, async (req, res) => {
    const report = await reportOf(req, res);
    if (report) res.json({ ok: true, data: report });
  });
  get('/reports/export', anyone, async (req, res) => {
    const report = await reportOf(req, res);
    if (!report) return;
    const lang = req.query.lang === 'en' ? 'en' : 'zh';
    const bytes = await reportWorkbook(report, lang);
    res
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .attachment(`hq-report-${report.from}-${report.to}-${report.group}.xlsx`)
      .send(Buffer.from(bytes));
  });
  get('/kpi', anyone, async (req, res) => {
    const q = parseOr400(HqKpiQuerySchema, req.query, res);
    if (q) res.json({ ok: true, data: await s.reports.kpi(q.month, q.regions ?? null) });
  });

  post('/admin/regions', ['admin'], async (req, res) => {
    const r = parseOr400(RegionSchema, req.body, res);
    if (!r) return;
    await s.branches.upsertRegion(r);
    s.reports.namesChanged();
    res.json({ ok: true, data: r });
  });
  post('/admin/branches', ['admin'], async (req, res) => {
    const b = parseOr400(BranchSchema, req.body, res);
    if (!b) return;
    if (!(await s.branches.regionExists(b.regionId))) return sendFailure(res, 'NOT_FOUND', 'no such region');
    if (await s.branches.branchExists(b.id)) return sendFailure(res, 'CONFLICT', 'branch already registered');
    const key = await s.branches.register(b, s.clock());
    s.reports.namesChanged();
    res.json({ ok: true, data: { branchId: b.id, key } });
  });
  post('/admin/branches/:id/rotate-key', ['admin'], async (req, res) => {
    const key = await s.branches.rotateKey(String(req.params.id));
    if (!key) return sendFailure(res, 'NOT_FOUND');
    res.json({ ok: true, data: { branchId: req.params.id, key } });
  });

  get('/catalogue', anyone, async (_req, res) => {
    const versions = await s.catalogue.versions();
    const views: HqCatalogueVersionView[] = [];
    for (const v of versions) views.push({ ...v, adoptions: await s.catalogue.adoptions(v.version) });
    res.json({ ok: true, data: views });
  });
  post('/catalogue', ['admin'], async (req, res, u) => {
    const body = parseOr400(PublishSchema, req.body, res);
    if (!body) return;
    const template = CatalogueTemplateSchema.safeParse(body.template);
    if (!template.success)
      return sendFailure(res, 'CATALOGUE_INVALID', undefined, {
        issues: template.error.issues.slice(0, 50).map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    const version = await s.catalogue.publish(template.data, body.note, u.username, s.clock());
    res.json({ ok: true, data: { version } });
  });
  return router;
}
