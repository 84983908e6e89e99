/**
 * Branch → head office replication (issue 18): the outbox writer tails the event log after
 * every commit, the sender posts what head office does not hold yet, the catalogue from head
 * office is adopted per the branch's setting. Without settings (no HQ_URL) the branch runs
 * alone and the admin page says so. Everything runs after commits and on the tick, never
 * inside a queue transaction.
 */
import { fail, REPLICATION_ROUTES, type ReplicationStatus } from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import type { Feature } from '../../context/feature.ts';
import { RestRouter } from '../../http/rest-router.ts';
import { CatalogueAdoption } from './catalogue-adoption.ts';
import { HqClient } from './hq-client.ts';
import { HqSender } from './hq-sender.ts';
import { OutboxStore } from '../../store/replication-outbox-store.ts';
import { OutboxWriter } from './outbox-writer.ts';
import type { ReplicationSettings } from './replication-settings.ts';
import { replicationAlert } from './replication-status.ts';

const HOUR_MS = 3_600_000;
const ACKED_RETENTION_MS = 24 * HOUR_MS;

interface Running {
  outbox: OutboxStore;
  writer: OutboxWriter;
  sender: HqSender;
  catalogue: CatalogueAdoption;
}

export function createReplicationFeature(settings: ReplicationSettings | null): Feature {
  let outbox: OutboxStore | null = null;
  let running: Running | null = null;
  let fillScheduled = false;
  let closed = false;
  let nextPrune = 0;

  const start = (ctx: AppContext): Running | null => {
    outbox ??= new OutboxStore(ctx.db);
    if (!settings || running) return running;
    const client = new HqClient(settings.url, settings.key, settings.ca);
    const writer = new OutboxWriter({
      outbox,
      eventLog: ctx.store.eventLog,
      complaints: ctx.store.complaints,
      config: ctx.config,
      clock: ctx.clock,
      maxBytes: settings.outboxMaxBytes,
    });
    const store = outbox;
    const catalogue = new CatalogueAdoption(store, client, ctx.queue, ctx.logger, () => {
      fill(ctx);
      running?.sender.wake();
    });
    const sender = new HqSender(store, client, ctx.clock, ctx.logger, {
      branchId: () => ctx.config().branch.id,
      batchFacts: settings.batchFacts,
      batchBytes: settings.batchBytes,
      backoffMinMs: settings.backoffMinMs,
      backoffMaxMs: settings.backoffMaxMs,
      heartbeatMs: settings.heartbeatMs,
      backlog: () => {
        const b = store.backlog();
        return { pending: b.pending, unprojected: writer.unprojected(), oldestAt: b.oldestAt, bytes: b.totalBytes };
      },
      onCatalogueVersion: (v) => catalogue.notice(v),
      afterExchange: async () => {
        // Room freed in the outbox lets projection resume.
        if (writer.unprojected() > 0) fill(ctx);
        await catalogue.report();
      },
    });
    running = { outbox: store, writer, sender, catalogue };
    return running;
  };

  const fill = (ctx: AppContext) => {
    if (fillScheduled) return;
    fillScheduled = true;
    setImmediate(() => {
      fillScheduled = false;
      if (closed) return;
      const r = start(ctx);
      if (!r) return;
      try {
        if (r.writer.fill() > 0 || r.outbox.backlog().pending > 0) r.sender.wake();
      } catch (err) {
        ctx.logger.error({ err }, 'replication outbox fill failed');
      }
    });
  };

  const status = (ctx: AppContext): ReplicationStatus => {
    const store = (outbox ??= new OutboxStore(ctx.db));
    const s = store.state();
    const b = store.backlog();
    const unprojected = running ? running.writer.unprojected() : 0;
    const pending = running?.catalogue.pending() ?? null;
    const failures = running?.sender.failures ?? 0;
    const base = {
      configured: settings !== null,
      hqUrl: settings ? settings.url.origin : null,
      lastOkAt: s.lastOkAt,
      lastError: s.lastError,
      lastErrorAt: s.lastErrorAt,
      failures,
      pending: b.pending,
      pendingBytes: b.pendingBytes,
      oldestPendingAt: b.oldestAt,
      unprojected,
      outboxBytes: b.totalBytes,
      outboxMaxBytes: settings?.outboxMaxBytes ?? 0,
      headSeq: s.headSeq,
      ackedSeq: s.ackedSeq,
    };
    return {
      ...base,
      alert: settings
        ? replicationAlert(
            { ...base, outboxFull: b.totalBytes >= settings.outboxMaxBytes },
            ctx.clock(),
            settings.alertAfterMs,
          )
        : null,
      catalogue: {
        mode: s.catalogueMode,
        adoptedVersion: s.catalogueVersion,
        pending: pending
          ? {
              version: pending.version,
              note: pending.note,
              publishedAt: pending.publishedAt,
              lanes: pending.template.lanes.length,
              businessTypes: pending.template.businessTypes.length,
            }
          : null,
        lastDecision: running?.catalogue.lastDecision() ?? null,
      },
    };
  };

  return {
    name: 'replication',
    router(ctx) {
      const rest = new RestRouter(ctx);
      rest.add(REPLICATION_ROUTES.status, () => ({ ok: true, data: status(ctx) }));
      rest.add(REPLICATION_ROUTES.setCatalogueMode, ({ principal, body }) => {
        ctx.store.adminActions.audited(
          () => (outbox ??= new OutboxStore(ctx.db)).setCatalogueMode(body.mode),
          () => ({
            at: ctx.clock(),
            actorId: principal.id,
            action: 'config:update',
            target: 'catalogue-mode',
            reason: null,
            detail: { catalogueMode: body.mode },
          }),
        );
        return { ok: true, data: status(ctx) };
      });
      rest.add(REPLICATION_ROUTES.confirmCatalogue, async ({ principal, body }) => {
        const r = start(ctx);
        const report = r ? await r.catalogue.confirm(body.version, principal.id) : null;
        if (!report) return fail('NOT_FOUND', 'no such catalogue version waiting');
        r?.sender.wake();
        return report.state === 'adopted'
          ? { ok: true, data: status(ctx) }
          : fail('CONFIG_INVALID', report.reason ?? 'refused');
      });
      rest.add(REPLICATION_ROUTES.declineCatalogue, ({ body }) => {
        const r = start(ctx);
        const report = r?.catalogue.decline(body.version, body.reason) ?? null;
        if (!report) return fail('NOT_FOUND', 'no such catalogue version waiting');
        r?.sender.wake();
        return { ok: true, data: status(ctx) };
      });
      return rest.router;
    },
    onPublished(ctx) {
      if (settings) fill(ctx);
    },
    onTick(ctx, now) {
      if (!settings) return;
      fill(ctx);
      const r = start(ctx);
      r?.sender.tick();
      if (r && now >= nextPrune) {
        r.outbox.pruneAcked(now - ACKED_RETENTION_MS);
        nextPrune = now + HOUR_MS;
      }
    },
    onClose() {
      closed = true;
      running?.sender.stop();
    },
  };
}
