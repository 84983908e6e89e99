import { describe, expect, it } from 'vitest';
import { buildBranchReport } from '../../../../server/src/features/reports/report-figures.ts';
import {
  FIXTURE_DATE,
  FIXTURE_TARGETS,
  FIXTURE_TZ,
  fixtureRatings,
  fixtureTickets,
} from '../../../../server/src/features/reports/report-fixture-day.ts';
import { hourlyOption, tellerComparisonOption, waitDistributionOption, type ChartLabels } from './report-charts.ts';

const labels: ChartLabels = {
  arrivals: 'arr',
  served: 'srv',
  tickets: 'n',
  minutes: 'min',
  meanWait: 'w',
  meanService: 's',
  satisfaction: 'sat',
};
const report = buildBranchReport({
  from: FIXTURE_DATE,
  to: FIXTURE_DATE,
  tickets: fixtureTickets(),
  ratings: fixtureRatings(),
  targetWaitMin: FIXTURE_TARGETS,
  timeZone: FIXTURE_TZ,
});
type Series = { name: string; data: (number | null)[] }[];

describe('report chart options', () => {
  it('plots arrivals by issue hour against services finished in that hour', () => {
    const o = hourlyOption(report, labels) as { xAxis: { data: string[] }; series: Series };
    expect(o.xAxis.data).toEqual(['09:00', '10:00']);
    expect(o.series.map((s) => [s.name, s.data])).toEqual([
      ['arr', [4, 2]],
      ['srv', [3, 1]],
    ]);
  });

  it('labels the wait buckets, the last one open-ended', () => {
    const o = waitDistributionOption(report, labels) as { xAxis: { data: string[] }; series: Series };
    expect(o.xAxis.data.at(-1)).toBe('60+');
    expect(o.series[0]?.data).toEqual([1, 1, 1, 0, 1, 1, 0, 0]);
  });

  it('compares tellers by served, mean service and mean rating', () => {
    const o = tellerComparisonOption(report.byTeller, (k) => k.toUpperCase(), labels) as {
      xAxis: { data: string[] };
      series: Series;
    };
    expect(o.xAxis.data).toEqual(['U1', 'U2']);
    expect(o.series.map((s) => s.data)).toEqual([
      [2, 2],
      [6.5, 5],
      [3.75, 4.5],
    ]);
  });
});
