import { describe, expect, it } from 'vitest';
import { chartUpdate } from './chart-motion.ts';

describe('head-office charts: chartUpdate', () => {
  const bars = (name: string, data: number[]) => ({ xAxis: { name }, series: [{ name, type: 'line', data }] });

  it('grows a chart when its figures are new, and relabels it in place on a language switch', () => {
    const first = chartUpdate(bars('平均等候', [3, 4]), null, false);
    expect(first.option).toEqual(bars('平均等候', [3, 4]));
    const switched = chartUpdate(bars('Mean wait', [3, 4]), first.key, false);
    expect(switched.option).toEqual({ ...bars('Mean wait', [3, 4]), animation: false });
    expect(chartUpdate(bars('Mean wait', [3, 5]), switched.key, false).option).toEqual(bars('Mean wait', [3, 5]));
  });

  it('draws every chart at once for users who asked for reduced motion', () => {
    expect(chartUpdate(bars('平均等候', [3, 4]), null, true).option).toEqual({
      ...bars('平均等候', [3, 4]),
      animation: false,
    });
  });
});
