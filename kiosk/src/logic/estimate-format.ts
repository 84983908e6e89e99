import { waitWording, type WaitEstimate } from '@lobby/shared';

/** How an estimate is worded on the kiosk, the ticket and the mobile page: an i18n key and its parameters (shared rule: `waitWording`). */
export interface EstimateText {
  key: 'estimate.unknown' | 'estimate.aboutNow' | 'estimate.point';
  params: Record<string, number>;
}

export function estimateText(estimate: WaitEstimate | null): EstimateText {
  const w = waitWording(estimate);
  if (w.kind === 'unknown') return { key: 'estimate.unknown', params: {} };
  if (w.kind === 'aboutNow') return { key: 'estimate.aboutNow', params: {} };
  return { key: 'estimate.point', params: { minutes: w.minutes, low: w.low, high: w.high } };
}
