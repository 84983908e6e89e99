import type { BranchConfig, BusinessType, LocalizedText, PriorityGroup } from '@lobby/shared';
import { businessTypesOf } from './lanes.ts';
import type { Draft, Step } from './flow.ts';

/**
 * Which screens a customer actually needs (19.12): a screen with one possible answer is
 * answered for them, a material the VIP check has just proved is not asked for again, and
 * the priority question is put only when an answer could move the ticket.
 */

/** What the materials screen lists: all of them, less what a recognised VIP check proved. */
export function materialsToAsk(bt: BusinessType, vipRecognised: boolean): LocalizedText[] {
  if (!vipRecognised || !bt.metByVipCheck) return bt.materials;
  const met = new Set(bt.metByVipCheck);
  return bt.materials.filter((_, i) => !met.has(i));
}

/**
 * Priority groups worth offering. In the dispatch order (docs/policy.md) a group only adds its
 * head start, on top of any VIP tier's, so a group with no head start changes nothing and is
 * not offered; when no group has one, the question is not asked at all.
 */
export function priorityChoices(config: BranchConfig): PriorityGroup[] {
  return config.priorityGroups.filter((g) => g.headStartMin > 0);
}

export interface NextScreen {
  step: Step;
  /** What was decided for the customer on the screens skipped on the way. */
  draft: Partial<Draft>;
}

/** After the materials (shown or skipped): the priority question where it matters, else the summary. */
export function afterMaterials(config: BranchConfig): NextScreen {
  return priorityChoices(config).length > 0 ? { step: 'priority', draft: {} } : { step: 'confirm', draft: {} };
}

/** After the business type: its materials, unless there is nothing left to ask for. */
export function afterBusinessType(config: BranchConfig, bt: BusinessType, vipRecognised: boolean): NextScreen {
  const next =
    materialsToAsk(bt, vipRecognised).length > 0 ? { step: 'materials' as const, draft: {} } : afterMaterials(config);
  return { step: next.step, draft: { ...next.draft, businessTypeId: bt.id } };
}

/** After the lane: the business-type choice, unless the lane offers only one. */
export function afterLane(config: BranchConfig, laneId: string, vipRecognised: boolean): NextScreen {
  const types = businessTypesOf(config, laneId);
  const only = types.length === 1 ? types[0] : undefined;
  if (!only) return { step: 'businessType', draft: { laneId } };
  const next = afterBusinessType(config, only, vipRecognised);
  return { step: next.step, draft: { laneId, ...next.draft } };
}
