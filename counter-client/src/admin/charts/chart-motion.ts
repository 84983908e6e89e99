import type { EChartsCoreOption } from 'echarts/core';

/** Staff who asked their system for less motion get charts drawn at once, not grown (also on every language switch). */
export function withMotionPreference(option: EChartsCoreOption, reducedMotion: boolean): EChartsCoreOption {
  return reducedMotion ? { ...option, animation: false } : option;
}

export const prefersReducedMotion = (): boolean =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
