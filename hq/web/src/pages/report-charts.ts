import type { HqReport } from '@lobby/shared';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The wait distribution across branches: customers per wait bucket. The axis counts people,
 * so its ticks are whole numbers (with a few customers ECharts would otherwise print 0.2).
 */
export function waitHistogramOption(report: HqReport | null, t: Translate) {
  const buckets = report?.waitHistogram ?? [];
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, bottom: 64, top: 36 },
    xAxis: {
      type: 'category',
      data: buckets.map((b) =>
        b.upToMin === null ? t('reports.over', { n: 120 }) : t('reports.minutes', { n: b.upToMin }),
      ),
      axisLabel: { rotate: 45 },
    },
    yAxis: { type: 'value', name: t('reports.customers'), minInterval: 1 },
    series: [{ type: 'bar', data: buckets.map((b) => b.count), itemStyle: { color: '#b71c1c' } }],
  };
}
