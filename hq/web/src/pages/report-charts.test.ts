import type { HqReport } from '@lobby/shared';
import { describe, expect, it } from 'vitest';
import { waitHistogramOption } from './report-charts.ts';

const t = (key: string, o?: Record<string, unknown>) => (o ? `${key}:${String(o.n)}` : key);

describe('the head-office wait distribution chart', () => {
  it('counts customers on an axis of whole numbers, one bar per wait bucket', () => {
    const report = {
      waitHistogram: [
        { upToMin: 5, count: 1 },
        { upToMin: 10, count: 2 },
        { upToMin: null, count: 0 },
      ],
    } as HqReport;
    const option = waitHistogramOption(report, t);
    expect(option.yAxis).toEqual({ type: 'value', name: 'reports.customers', minInterval: 1 });
    expect(option.xAxis.data).toEqual(['reports.minutes:5', 'reports.minutes:10', 'reports.over:120']);
    expect(option.series[0]?.data).toEqual([1, 2, 0]);
  });

  it('draws an empty chart before the report has loaded', () => {
    expect(waitHistogramOption(null, t).series[0]?.data).toEqual([]);
  });
});
