import { z } from 'zod';
import { defineRoute } from './route.ts';

/** The VIP registry import (CSV or Excel) and its per-tier counts (admin). */
export const VipImportQuerySchema = z.object({
  /** Default: told by the file's first bytes (xlsx is a zip). */
  format: z.enum(['csv', 'xlsx']).optional(),
  /** `replace` swaps the whole registry; `merge` (default) adds and updates. */
  mode: z.enum(['merge', 'replace']).default('merge'),
});

export const VipImportResultSchema = z.object({ imported: z.number(), replaced: z.boolean(), total: z.number() });
export type VipImportResult = z.infer<typeof VipImportResultSchema>;

/** A refused import answers IMPORT_INVALID with these under `errors` (and as field issues). */
export interface VipImportError {
  line: number;
  message: string;
}

export const VipTierCountSchema = z.object({ tierId: z.string(), count: z.number() });
export type VipTierCount = z.infer<typeof VipTierCountSchema>;

export const VIP_ROUTES = {
  import: defineRoute({
    method: 'POST',
    path: '/admin/vip/import',
    summary: 'Import the VIP registry from a CSV or Excel file (the raw file as the body); any bad row refuses all',
    roles: ['admin'],
    query: VipImportQuerySchema,
    body: 'raw',
    maxBytes: 5 * 1024 * 1024,
    response: VipImportResultSchema,
  }),
  summary: defineRoute({
    method: 'GET',
    path: '/admin/vip/summary',
    summary: 'How many registered customers each VIP tier has',
    roles: ['admin'],
    response: z.array(VipTierCountSchema),
  }),
} as const;
