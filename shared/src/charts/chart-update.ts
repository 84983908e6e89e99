/**
 * How a chart is redrawn, for the branch admin's and head office's ECharts alike (plain
 * objects, so shared/ needs no chart library): charts grow only when their figures change —
 * a language switch relabels them in place — and users who asked their system for less
 * motion get every chart drawn at once.
 */
export interface ChartOptionLike {
  /** One series or a list; each series' `data` is what the chart shows. */
  series?: unknown;
  [key: string]: unknown;
}

/** What a chart's bars and lines show, as one text: the same key draws the same figures, however labelled. */
export function chartDataKey(option: ChartOptionLike): string {
  const series = option.series;
  const list: unknown[] = Array.isArray(series) ? series : series === undefined ? [] : [series];
  return JSON.stringify(list.map((s) => (s !== null && typeof s === 'object' && 'data' in s ? s.data : null)));
}

/** The option to draw, and its data key for the next update. */
export function chartUpdate<T extends ChartOptionLike>(
  option: T,
  previousKey: string | null,
  reducedMotion: boolean,
): { option: T | (T & { animation: false }); key: string } {
  const key = chartDataKey(option);
  const still = reducedMotion || key === previousKey;
  return { option: still ? { ...option, animation: false } : option, key };
}
