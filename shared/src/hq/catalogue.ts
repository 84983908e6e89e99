/**
 * The one catalogue head office publishes to every branch: lanes with their targets and
 * business types with their materials lists. A branch adopts a version by merging it into
 * its own config (`applyCatalogue`) and validating the result with the same
 * BranchConfigSchema its admin's edits go through, then applying it through the engine's
 * config command (which also refuses a lane removed while customers wait in it).
 */
import { z } from 'zod';
import {
  BranchConfigSchema,
  BusinessTypeSchema,
  LaneSchema,
  type BranchConfig,
  type Lane,
} from '../config/branch-config.ts';
import type { FieldIssue } from '../protocol/errors.ts';

export const CatalogueLaneSchema = LaneSchema.pick({
  id: true,
  prefix: true,
  kind: true,
  name: true,
  targetWaitMin: true,
  maxWaitMin: true,
});
export type CatalogueLane = z.infer<typeof CatalogueLaneSchema>;

export const CatalogueTemplateSchema = z
  .object({
    lanes: z.array(CatalogueLaneSchema).min(1).max(26),
    businessTypes: z.array(BusinessTypeSchema).min(1).max(200),
  })
  .superRefine((t, ctx) => {
    const laneIds = new Set<string>();
    const prefixes = new Set<string>();
    t.lanes.forEach((l, i) => {
      if (laneIds.has(l.id))
        ctx.addIssue({ code: 'custom', path: ['lanes', i, 'id'], message: `duplicate id ${l.id}` });
      if (prefixes.has(l.prefix))
        ctx.addIssue({ code: 'custom', path: ['lanes', i, 'prefix'], message: `duplicate prefix ${l.prefix}` });
      if (l.maxWaitMin < l.targetWaitMin)
        ctx.addIssue({ code: 'custom', path: ['lanes', i, 'maxWaitMin'], message: 'max wait below target' });
      laneIds.add(l.id);
      prefixes.add(l.prefix);
    });
    const typeIds = new Set<string>();
    t.businessTypes.forEach((b, i) => {
      if (typeIds.has(b.id))
        ctx.addIssue({ code: 'custom', path: ['businessTypes', i, 'id'], message: `duplicate id ${b.id}` });
      typeIds.add(b.id);
      if (!laneIds.has(b.laneId))
        ctx.addIssue({ code: 'custom', path: ['businessTypes', i, 'laneId'], message: 'unknown lane' });
    });
  });
export type CatalogueTemplate = z.infer<typeof CatalogueTemplateSchema>;

export interface CatalogueVersion {
  version: number;
  publishedAt: number;
  note: string;
  template: CatalogueTemplate;
}

export const CATALOGUE_ADOPTION_STATES = ['adopted', 'pending', 'refused'] as const;
export type CatalogueAdoptionState = (typeof CATALOGUE_ADOPTION_STATES)[number];

export const CatalogueAdoptionReportSchema = z
  .object({
    version: z.number().int().min(1),
    state: z.enum(CATALOGUE_ADOPTION_STATES),
    reason: z.string().max(500).nullable(),
    issues: z.array(z.object({ path: z.string().max(200), message: z.string().max(300) })).max(50),
  })
  .strict();
export type CatalogueAdoptionReport = z.infer<typeof CatalogueAdoptionReportSchema>;

/** Default figures for a lane the branch does not have yet; its admin can tune them later. */
const NEW_LANE_DEFAULTS = { rangeStart: 1, rangeEnd: 999, dailyCap: 999, weight: 1 } as const;

export type CatalogueMerge = { ok: true; config: BranchConfig } | { ok: false; reason: string; issues: FieldIssue[] };

/**
 * The branch's config with the catalogue's lanes and business types: lanes the branch keeps
 * take the catalogue's name, prefix, kind and targets and keep their own number range, cap,
 * zone and weight; new lanes go into the branch's first zone of the right kind; lanes the
 * catalogue no longer lists are removed, so a counter or the VIP lane still pointing at one
 * makes the merge invalid. Business types are the catalogue's. The version moves on by one.
 */
export function applyCatalogue(config: BranchConfig, template: CatalogueTemplate): CatalogueMerge {
  const zoneFor = (kind: Lane['kind']) =>
    config.zones.find((z) => z.kind === (kind === 'fast' ? 'hard' : 'soft'))?.id ?? config.zones[0]!.id;
  const lanes: Lane[] = template.lanes.map((t) => {
    const own = config.lanes.find((l) => l.id === t.id);
    return own ? { ...own, ...t } : { ...NEW_LANE_DEFAULTS, ...t, zoneId: zoneFor(t.kind) };
  });
  const merged = {
    ...config,
    version: config.version + 1,
    lanes,
    businessTypes: template.businessTypes.map((b) => ({ ...b, materials: [...b.materials] })),
  };
  const parsed = BranchConfigSchema.safeParse(merged);
  if (parsed.success) return { ok: true, config: parsed.data };
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return { ok: false, reason: describeIssues(merged, issues), issues };
}

/** Human-readable reason: names the counter or lane the path points at. */
function describeIssues(config: BranchConfig, issues: FieldIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => {
      const [section, index] = i.path.split('.');
      const n = Number(index);
      if (section === 'counters' && Number.isInteger(n)) return `counter ${config.counters[n]?.id ?? n}: ${i.message}`;
      if (section === 'lanes' && Number.isInteger(n)) return `lane ${config.lanes[n]?.id ?? n}: ${i.message}`;
      if (section === 'businessTypes' && Number.isInteger(n))
        return `business type ${config.businessTypes[n]?.id ?? n}: ${i.message}`;
      return `${i.path || 'config'}: ${i.message}`;
    })
    .join('; ');
}
