import { useMemo } from 'react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BranchReport } from '@lobby/shared';
import { EChart } from '../charts/echart.tsx';
import { hourlyOption, tellerComparisonOption, waitDistributionOption } from '../charts/report-charts.ts';
import { useChartLabels } from './use-chart-labels.ts';

/** The three report charts: hourly arrivals vs served, wait distribution, teller comparison. */
export function ReportChartsPanel({
  report,
  tellerName,
  showTellers = true,
}: {
  report: BranchReport;
  tellerName: (id: string) => string;
  showTellers?: boolean;
}) {
  const { t } = useTranslation('admin');
  const labels = useChartLabels();
  const hourly = useMemo(() => hourlyOption(report, labels), [report, labels]);
  const waits = useMemo(() => waitDistributionOption(report, labels), [report, labels]);
  const tellers = useMemo(
    () => tellerComparisonOption(report.byTeller, tellerName, labels),
    [report, tellerName, labels],
  );
  return (
    <>
      <div className="admin-grid-2">
        <Card size="small" title={t('charts.hourly')}>
          <EChart option={hourly} testId="chart-hourly" />
        </Card>
        <Card size="small" title={t('charts.waitDist')}>
          <EChart option={waits} testId="chart-waits" />
        </Card>
      </div>
      {showTellers && (
        <Card size="small" className="admin-card" title={t('charts.tellers')}>
          <EChart option={tellers} height={260} testId="chart-tellers" />
        </Card>
      )}
    </>
  );
}
