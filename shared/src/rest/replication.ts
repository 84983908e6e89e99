/**
 * The branch admin's view of replication to head office: is head office reached, how much
 * waits, the alert when it waits too long or the outbox is full, and the catalogue from head
 * office (adopt automatically or after confirming; a version waiting for the admin).
 */
import { z } from 'zod';
import { CatalogueAdoptionReportSchema } from '../hq/catalogue.ts';
import { defineRoute } from './route.ts';

export const REPLICATION_ALERTS = ['hq_unreachable', 'backlog_full', 'hq_refused'] as const;
export type ReplicationAlert = (typeof REPLICATION_ALERTS)[number];

export const CATALOGUE_MODES = ['auto', 'confirm'] as const;
export type CatalogueMode = (typeof CATALOGUE_MODES)[number];

export const ReplicationStatusSchema = z.object({
  configured: z.boolean(),
  hqUrl: z.string().nullable(),
  lastOkAt: z.number().nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: z.number().nullable(),
  failures: z.number(),
  /** Facts in the outbox head office has not acknowledged yet. */
  pending: z.number(),
  pendingBytes: z.number(),
  oldestPendingAt: z.number().nullable(),
  /** Event-log rows waiting to be projected because the outbox is full. */
  unprojected: z.number(),
  outboxBytes: z.number(),
  outboxMaxBytes: z.number(),
  headSeq: z.number(),
  ackedSeq: z.number(),
  alert: z.enum(REPLICATION_ALERTS).nullable(),
  catalogue: z.object({
    mode: z.enum(CATALOGUE_MODES),
    adoptedVersion: z.number().nullable(),
    pending: z
      .object({
        version: z.number(),
        note: z.string(),
        publishedAt: z.number(),
        lanes: z.number(),
        businessTypes: z.number(),
      })
      .nullable(),
    lastDecision: CatalogueAdoptionReportSchema.nullable(),
  }),
});
export type ReplicationStatus = z.infer<typeof ReplicationStatusSchema>;

export const REPLICATION_ROUTES = {
  status: defineRoute({
    method: 'GET',
    path: '/admin/replication',
    summary: 'Replication to head office: reached or not, backlog, alert, catalogue',
    roles: ['admin'],
    response: ReplicationStatusSchema,
  }),
  setCatalogueMode: defineRoute({
    method: 'PUT',
    path: '/admin/replication/catalogue-mode',
    summary: "Adopt head office's catalogue automatically, or only after an admin confirms",
    roles: ['admin'],
    body: z.object({ mode: z.enum(CATALOGUE_MODES) }),
    response: ReplicationStatusSchema,
  }),
  confirmCatalogue: defineRoute({
    method: 'POST',
    path: '/admin/replication/catalogue/confirm',
    summary: 'Adopt the catalogue version waiting for confirmation',
    roles: ['admin'],
    body: z.object({ version: z.number().int().min(1) }),
    response: ReplicationStatusSchema,
  }),
  declineCatalogue: defineRoute({
    method: 'POST',
    path: '/admin/replication/catalogue/decline',
    summary: 'Decline the catalogue version waiting for confirmation (head office sees the reason)',
    roles: ['admin'],
    body: z.object({ version: z.number().int().min(1), reason: z.string().trim().min(1).max(300) }),
    response: ReplicationStatusSchema,
  }),
} as const;
