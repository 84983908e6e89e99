import type { EChartsCoreOption } from 'echarts/core';

/**
 * What a chart's bars and lines show, as one text: two options with the same key draw the
 * same figures, however their labels read.
 */
export function chartDataKey(option: EChartsCoreOption): string {
  const series = option.series;
  const list = Array.isArray(series) ? series : series === undefined ? [] : [series];
  return JSON.stringify(list.map((s: { data?: unknown }) => s.data ?? null));
}

/**
 * The option to draw, and its data key for the next update. Charts grow only when their
 * figures change: a language switch relabels them in place. Staff who asked their system for
 * less motion get every chart drawn at once.
 */
export function chartUpdate(
  option: EChartsCoreOption,
  previousKey: string | null,
  reducedMotion: boolean,
): { option: EChartsCoreOption; key: string } {
  const key = chartDataKey(option);
  const still = reducedMotion || key === previousKey;
  return { option: still ? { ...option, animation: false } : option, key };
}

export const prefersReducedMotion = (): boolean =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
