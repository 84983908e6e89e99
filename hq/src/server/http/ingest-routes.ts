import { CatalogueAdoptionReportSchema, HqBacklogSchema, HqIngestBatchSchema } from '@lobby/shared';
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { HqServices } from '../app/services.ts';
import { bearerOf, guarded, parseOr400, sendFailure } from './respond.ts';

/**
 * What branches call, with their key as a bearer token (TLS only): the replication batch,
 * the hello (where head office stands, and the newest catalogue version), the catalogue
 * version itself, and the branch's decision on it.
 */
const HelloSchema = z.object({ branchId: z.string().min(1).max(40), backlog: HqBacklogSchema }).strict();

export function ingestRoutes(s: HqServices): Router {
  const router = express.Router();
  // Batches come gzip-compressed; the limit is on the inflated JSON.
  const json = express.json({ limit: '8mb', inflate: true });

  const branchOf = async (req: Request, res: Response): Promise<string | null> => {
    const key = bearerOf(req);
    const branchId = key ? await s.branches.branchForKey(key) : null;
    if (!branchId) sendFailure(res, 'UNAUTHENTICATED', 'unknown branch key');
    return branchId;
  };

  router.post(
    '/ingest',
    json,
    guarded(s.logger, async (req, res) => {
      const branchId = await branchOf(req, res);
      if (!branchId) return;
      const batch = parseOr400(HqIngestBatchSchema, req.body, res);
      if (!batch) return;
      const outcome = await s.ingest.ingest(branchId, batch);
      if (outcome.ok) {
        s.live.changed(branchId);
        res.json({ ok: true, data: outcome.ack });
      } else if (outcome.code === 'REPLICATION_GAP')
        sendFailure(res, 'REPLICATION_GAP', undefined, { head: outcome.head });
      else sendFailure(res, outcome.code, outcome.message);
    }),
  );

  router.post(
    '/ingest/hello',
    json,
    guarded(s.logger, async (req, res) => {
      const branchId = await branchOf(req, res);
      if (!branchId) return;
      const hello = parseOr400(HelloSchema, req.body, res);
      if (!hello) return;
      if (hello.branchId !== branchId) return sendFailure(res, 'INVALID_PAYLOAD', 'branch id does not match the key');
      const head = await s.ingest.hello(branchId, hello.backlog);
      if (!head) return sendFailure(res, 'NOT_FOUND');
      s.live.changed(branchId);
      res.json({ ok: true, data: { ...head, catalogueVersion: await s.catalogue.latestVersion() } });
    }),
  );

  router.get(
    '/catalogue/:version',
    guarded(s.logger, async (req, res) => {
      if (!(await branchOf(req, res))) return;
      const version = Number(req.params.version);
      const cv = Number.isInteger(version) ? await s.catalogue.version(version) : null;
      if (!cv) return sendFailure(res, 'NOT_FOUND');
      res.json({ ok: true, data: cv });
    }),
  );

  router.post(
    '/catalogue/adoption',
    json,
    guarded(s.logger, async (req, res) => {
      const branchId = await branchOf(req, res);
      if (!branchId) return;
      const report = parseOr400(CatalogueAdoptionReportSchema, req.body, res);
      if (!report) return;
      if (!(await s.catalogue.recordAdoption(branchId, report, s.clock())))
        return sendFailure(res, 'NOT_FOUND', 'no such catalogue version');
      s.live.changed(branchId);
      res.json({ ok: true, data: null });
    }),
  );
  return router;
}
