import { describe, expect, it } from 'vitest';
import { chartDataKey, chartUpdate } from './chart-update.ts';

describe('chartUpdate', () => {
  const bars = (name: string, data: number[]) => ({ xAxis: { name }, series: [{ name, type: 'bar', data }] });

  it('grows a chart when its figures are new, and relabels it in place on a language switch', () => {
    const first = chartUpdate(bars('等候', [1, 2]), null, false);
    expect(first.option).toEqual(bars('等候', [1, 2]));
    // The same figures in English: drawn at once, not grown again from zero.
    const switched = chartUpdate(bars('Waiting', [1, 2]), first.key, false);
    expect(switched.option).toEqual({ ...bars('Waiting', [1, 2]), animation: false });
    // New figures (the next day's report) animate again.
    expect(chartUpdate(bars('Waiting', [1, 3]), switched.key, false).option).toEqual(bars('Waiting', [1, 3]));
  });

  it('keys a chart by its series data only, for one series or many', () => {
    expect(chartDataKey({ series: { type: 'bar', data: [1] } })).toBe(chartDataKey({ series: [{ data: [1] }] }));
    expect(chartDataKey({})).toBe('[]');
  });

  it('never animates for staff who asked for reduced motion', () => {
    expect(chartUpdate(bars('等候', [1, 2]), null, true).option).toEqual({ ...bars('等候', [1, 2]), animation: false });
  });
});
