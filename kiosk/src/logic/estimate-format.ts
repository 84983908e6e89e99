import type { WaitEstimate } from '@lobby/shared';

/** How an estimate is worded: an i18n key and its parameters (domain.md §6: a range, or nothing). */
export interface EstimateText {
  key: 'estimate.unknown' | 'estimate.soon' | 'estimate.about' | 'estimate.range';
  params: Record<string, number>;
}

export function estimateText(estimate: WaitEstimate | null): EstimateText {
  if (estimate === null) return { key: 'estimate.unknown', params: {} };
  const low = Math.max(0, Math.round(Math.min(estimate.lowMin, estimate.highMin)));
  const high = Math.max(0, Math.round(Math.max(estimate.lowMin, estimate.highMin)));
  if (high < 1) return { key: 'estimate.soon', params: {} };
  if (low === high) return { key: 'estimate.about', params: { minutes: high } };
  return { key: 'estimate.range', params: { low, high } };
}
