import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartLabels } from '../charts/report-charts.ts';

export function useChartLabels(): ChartLabels {
  const { t } = useTranslation('admin');
  return useMemo(
    () => ({
      arrivals: t('charts.arrivals'),
      served: t('charts.served'),
      tickets: t('charts.tickets'),
      minutes: t('charts.minutes'),
      meanWait: t('charts.meanWait'),
      meanService: t('charts.meanService'),
      satisfaction: t('charts.satisfaction'),
    }),
    [t],
  );
}
