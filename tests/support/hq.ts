import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { BranchConfig, CatalogueTemplate, HqGridRow } from '@lobby/shared';
import { createHqApp, type HqApp } from '../../hq/src/server/app/create-hq-app.ts';
import { createTestDatabase, type TestDatabase } from '../../hq/src/server/testing/test-database.ts';
import { selfSignedCertificate, type TlsFiles } from '../../hq/src/server/tls/self-signed.ts';
import {
  REPLICATION_DEFAULTS,
  type ReplicationSettings,
} from '../../server/src/features/replication/replication-settings.ts';

/**
 * A real head office for tests: its own throwaway PostgreSQL database, HTTPS with a
 * certificate made for the run (branches trust it as their HQ_CA_FILE would), listening on
 * 127.0.0.1:0, an admin signed in, and helpers to register a branch and make the replication
 * settings that branch would be started with.
 */
export interface TestHq {
  db: TestDatabase;
  app: HqApp;
  tls: TlsFiles;
  readonly url: string;
  token: string;
  /** Registers a branch (region `east` unless named) and returns its settings. */
  registerBranch(
    branchId: string,
    opts?: { regionId?: string; nameZh?: string; nameEn?: string },
  ): Promise<ReplicationSettings>;
  api<T>(path: string, init?: RequestInit): Promise<T>;
  row(branchId: string): Promise<HqGridRow | undefined>;
  /** Stops listening (branches see head office down) and starts again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

const ADMIN_PASSWORD = 'hq-test-password-1';

export async function startTestHq(opts: { clock?: () => number } = {}): Promise<TestHq> {
  const db = await createTestDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'hq-test-'));
  const tls = selfSignedCertificate(dir);
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const build = () =>
    createHqApp({ pool: db.pool, logger, tls, liveWindowMs: 50, ...(opts.clock ? { clock: opts.clock } : {}) });
  let app = build();
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      app.server.once('error', reject);
      app.server.listen(port, '127.0.0.1', () => {
        port = (app.server.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();
  await app.services.users.create(
    { username: 'admin', name: 'HQ admin', role: 'admin', password: ADMIN_PASSWORD },
    Date.now(),
  );
  await app.services.branches.upsertRegion({ id: 'east', nameZh: '华东区', nameEn: 'East' });
  await app.services.branches.upsertRegion({ id: 'north', nameZh: '华北区', nameEn: 'North' });
  const login = await app.services.users.login('admin', ADMIN_PASSWORD, Date.now());

  const hq: TestHq = {
    db,
    tls,
    get app() {
      return app;
    },
    get url() {
      return `https://127.0.0.1:${port}`;
    },
    token: login!.token,
    async registerBranch(branchId, o = {}) {
      const regionId = o.regionId ?? 'east';
      if (!(await app.services.branches.regionExists(regionId)))
        await app.services.branches.upsertRegion({ id: regionId, nameZh: regionId, nameEn: regionId });
      const key = await app.services.branches.register(
        {
          id: branchId,
          regionId,
          nameZh: o.nameZh ?? `${branchId}支行`,
          nameEn: o.nameEn ?? `${branchId} branch`,
        },
        Date.now(),
      );
      return {
        ...REPLICATION_DEFAULTS,
        url: new URL(hq.url),
        key,
        ca: tls.cert,
        outboxMaxBytes: 64 * 1024 * 1024,
        backoffMinMs: 50,
        backoffMaxMs: 500,
        alertAfterMs: 60_000,
        heartbeatMs: 500,
      };
    },
    async api<T>(path: string, init: RequestInit = {}) {
      const res = await httpsJson(
        `${hq.url}/api${path}`,
        {
          ...init,
          headers: { authorization: `Bearer ${hq.token}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
        },
        tls.cert,
      );
      const body = res.body as { ok: boolean; data: T; code?: string; message?: string };
      if (!body.ok) throw new Error(`${path}: ${res.status} ${body.code} ${body.message ?? ''}`);
      return body.data;
    },
    async row(branchId) {
      return (await app.services.grid.rows([branchId], Date.now()))[0];
    },
    async stop() {
      await app.close();
    },
    async start() {
      app = build();
      await listen();
    },
    async close() {
      await app.close();
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return hq;
}

/** A JSON request to the test head office, trusting its certificate as a branch would. */
function httpsJson(url: string, init: RequestInit, ca: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: init.method ?? 'GET', headers: init.headers as Record<string, string>, ca },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
          } catch {
            resolve({ status: res.statusCode ?? 0, body: text });
          }
        });
      },
    );
    req.on('error', reject);
    req.end(typeof init.body === 'string' ? init.body : undefined);
  });
}

/** A catalogue template holding a branch config's own lanes and business types (tests change it from there). */
export function catalogueTemplateFrom(config: BranchConfig): CatalogueTemplate {
  return {
    lanes: config.lanes.map(({ id, prefix, kind, name, targetWaitMin, maxWaitMin }) => ({
      id,
      prefix,
      kind,
      name,
      targetWaitMin,
      maxWaitMin,
    })),
    businessTypes: config.businessTypes,
  };
}
