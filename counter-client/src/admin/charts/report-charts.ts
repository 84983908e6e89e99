import type { BranchReport, ReportRow } from '@lobby/shared';
import type { EChartsCoreOption } from 'echarts/core';

/** Chart options built from a report; pure, so they are unit-tested without a canvas. */
export interface ChartLabels {
  arrivals: string;
  served: string;
  tickets: string;
  minutes: string;
  meanWait: string;
  meanService: string;
  satisfaction: string;
}

const COLORS = ['#b8242a', '#1d4ed8', '#e0a458', '#059669'];

export function hourlyOption(report: BranchReport, l: ChartLabels): EChartsCoreOption {
  const hours = report.byHour.map((h) => `${h.key}:00`);
  return {
    color: COLORS,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [l.arrivals, l.served] },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: hours },
    yAxis: { type: 'value', name: l.tickets, minInterval: 1 },
    series: [
      { name: l.arrivals, type: 'bar', barMaxWidth: 36, data: report.byHour.map((h) => h.issued) },
      { name: l.served, type: 'line', smooth: true, data: report.byHour.map((h) => h.finishedInHour) },
    ],
  };
}

export function waitDistributionOption(report: BranchReport, l: ChartLabels): EChartsCoreOption {
  return {
    color: ['#1d4ed8'],
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 40 },
    xAxis: {
      type: 'category',
      name: l.minutes,
      nameLocation: 'middle',
      nameGap: 26,
      data: report.waitDistribution.map((b) => (b.toMin === null ? `${b.fromMin}+` : `${b.fromMin}–${b.toMin}`)),
    },
    yAxis: { type: 'value', name: l.tickets, minInterval: 1 },
    series: [{ name: l.tickets, type: 'bar', barMaxWidth: 36, data: report.waitDistribution.map((b) => b.count) }],
  };
}

export function tellerComparisonOption(
  rows: readonly ReportRow[],
  nameOf: (key: string) => string,
  l: ChartLabels,
): EChartsCoreOption {
  return {
    color: COLORS,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [l.served, l.meanService, l.satisfaction] },
    grid: { left: 40, right: 40, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: rows.map((r) => nameOf(r.key)) },
    yAxis: [
      { type: 'value', name: l.tickets, minInterval: 1 },
      { type: 'value', name: l.minutes, position: 'right' },
    ],
    series: [
      { name: l.served, type: 'bar', barMaxWidth: 36, data: rows.map((r) => r.served) },
      { name: l.meanService, type: 'bar', barMaxWidth: 36, yAxisIndex: 1, data: rows.map((r) => r.meanServiceMin) },
      {
        name: l.satisfaction,
        type: 'line',
        yAxisIndex: 1,
        data: rows.map((r) =>
          r.meanAttitude === null || r.meanEfficiency === null ? null : (r.meanAttitude + r.meanEfficiency) / 2,
        ),
      },
    ],
  };
}
