/**
 * Adopting head office's catalogue. A new version (head office names it in every ack) is
 * fetched, merged into the branch's config and validated by the branch's own config schema;
 * a merge that would break the branch is refused with the reason. Otherwise it is applied at
 * once (mode 'auto') or kept for the admin to confirm ('confirm'); applying goes through the
 * engine's config command, which also refuses to strand customers in a removed lane. Every
 * decision is reported to head office (retried until head office has it).
 */
import {
  applyCatalogue,
  CatalogueTemplateSchema,
  type CatalogueAdoptionReport,
  type CatalogueVersion,
} from '@lobby/shared';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { QueueService } from '../../queue/queue-service.ts';
import type { HqClient } from './hq-client.ts';
import type { OutboxStore } from '../../store/replication-outbox-store.ts';

const CatalogueVersionSchema = z.object({
  version: z.number().int().min(1),
  publishedAt: z.number(),
  note: z.string(),
  template: CatalogueTemplateSchema,
});

export class CatalogueAdoption {
  private fetching: number | null = null;

  private readonly outbox: OutboxStore;
  private readonly client: HqClient;
  private readonly queue: QueueService;
  private readonly logger: Logger;
  private readonly onDecided: () => void;

  constructor(
    outbox: OutboxStore,
    client: HqClient,
    queue: QueueService,
    logger: Logger,
    /** After every decision: the sender reports it (and an adopted version is a new profile). */
    onDecided: () => void,
  ) {
    this.outbox = outbox;
    this.client = client;
    this.queue = queue;
    this.logger = logger;
    this.onDecided = onDecided;
  }

  lastDecision(): CatalogueAdoptionReport | null {
    const raw = this.outbox.state().catalogueReport;
    return raw ? (JSON.parse(raw) as CatalogueAdoptionReport) : null;
  }

  pending(): CatalogueVersion | null {
    const raw = this.outbox.state().cataloguePending;
    return raw ? (JSON.parse(raw) as CatalogueVersion) : null;
  }

  /** Head office's newest version; fetched when this branch has not decided on it yet. */
  notice(version: number): void {
    const s = this.outbox.state();
    if (version <= (s.catalogueVersion ?? 0) || version <= (this.lastDecision()?.version ?? 0)) return;
    if (this.fetching === version) return;
    this.fetching = version;
    void this.fetchAndDecide(version)
      .catch((err: unknown) => this.logger.warn({ err, version }, 'catalogue fetch failed; retried with the next ack'))
      .finally(() => {
        this.fetching = null;
      });
  }

  private async fetchAndDecide(version: number): Promise<void> {
    const res = await this.client.get(`/catalogue/${version}`);
    const body = res.body as { ok?: boolean; data?: unknown } | null;
    if (res.status !== 200 || !body?.ok) throw new Error(`head office answered ${res.status}`);
    const parsed = CatalogueVersionSchema.safeParse(body.data);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      this.decide({
        version,
        state: 'refused',
        reason: `catalogue does not parse: ${i?.path.join('.')} ${i?.message}`,
        issues: [],
      });
      return;
    }
    const cv = parsed.data;
    const merge = applyCatalogue(this.queue.current.config, cv.template);
    if (!merge.ok) {
      this.decide({ version, state: 'refused', reason: merge.reason, issues: merge.issues.slice(0, 50) });
      return;
    }
    if (this.outbox.state().catalogueMode === 'auto') {
      await this.apply(cv, null);
      return;
    }
    this.outbox.setCataloguePending(JSON.stringify(cv));
    this.decide({ version, state: 'pending', reason: null, issues: [] });
  }

  /** The admin confirms the waiting version (or it is applied automatically). */
  async confirm(version: number, actorId: string): Promise<CatalogueAdoptionReport | null> {
    const cv = this.pending();
    if (!cv || cv.version !== version) return null;
    return this.apply(cv, actorId);
  }

  decline(version: number, reason: string): CatalogueAdoptionReport | null {
    const cv = this.pending();
    if (!cv || cv.version !== version) return null;
    this.outbox.setCataloguePending(null);
    return this.decide({ version, state: 'refused', reason: `declined by the branch: ${reason}`, issues: [] });
  }

  private async apply(cv: CatalogueVersion, actorId: string | null): Promise<CatalogueAdoptionReport> {
    // Merged again against the config as it is now: it may have changed since the version arrived.
    const merge = applyCatalogue(this.queue.current.config, cv.template);
    this.outbox.setCataloguePending(null);
    if (!merge.ok)
      return this.decide({
        version: cv.version,
        state: 'refused',
        reason: merge.reason,
        issues: merge.issues.slice(0, 50),
      });
    const ack = await this.queue.executeEngine(
      null,
      null,
      { type: 'config:apply', actorId, config: merge.config },
      (state) => state.config.version,
    );
    if (!ack.ok)
      return this.decide({ version: cv.version, state: 'refused', reason: ack.message ?? ack.code, issues: [] });
    return this.decide({ version: cv.version, state: 'adopted', reason: null, issues: [] }, cv.version);
  }

  private decide(report: CatalogueAdoptionReport, adoptedVersion: number | null = null): CatalogueAdoptionReport {
    this.outbox.setCatalogueDecision(JSON.stringify(report), adoptedVersion);
    this.logger.info({ version: report.version, state: report.state, reason: report.reason }, 'catalogue decision');
    this.onDecided();
    return report;
  }

  /** Sends the last decision to head office if it does not have it yet. */
  async report(): Promise<void> {
    const s = this.outbox.state();
    if (s.catalogueReported || !s.catalogueReport) return;
    const res = await this.client.post('/catalogue/adoption', JSON.parse(s.catalogueReport));
    if (res.status === 200) this.outbox.markCatalogueReported(s.catalogueReport);
    else this.logger.warn({ status: res.status }, 'catalogue decision not taken by head office; retried later');
  }
}
