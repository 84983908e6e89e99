import { useCallback, useState } from 'react';
import { Button, Card, DatePicker, Empty, Space, Statistic, Tabs } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { REPORT_ROUTES } from '@lobby/shared';
import { useAppStore } from '../../store/app-store.ts';
import { useAdminApi, useRemote } from '../use-admin-api.ts';
import { useConfigNames } from '../use-names.ts';
import { FiguresTable } from './figures-table.tsx';
import { ReportChartsPanel } from './report-charts-panel.tsx';
import { LowRatingsTable } from './low-ratings-table.tsx';
import { AppointmentsReport } from './appointments-report.tsx';

/** Reports for a day or a date range: headline figures, charts, every table, Excel export. */
export default function ReportsPage() {
  const { t } = useTranslation('admin');
  const api = useAdminApi();
  const names = useConfigNames();
  const today = useAppStore((s) => s.floor.businessDate) ?? dayjs().format('YYYY-MM-DD');
  const [range, setRange] = useState<[string, string]>([today, today]);
  const { data, loading, reload } = useRemote(REPORT_ROUTES.range, { query: { from: range[0], to: range[1] } });
  const tellerName = useCallback((id: string) => data?.tellerNames[id] ?? id, [data]);
  const [exporting, setExporting] = useState(false);

  const exportExcel = async () => {
    setExporting(true);
    await api.download(
      REPORT_ROUTES.export,
      { query: { from: range[0], to: range[1] } },
      `report-${range[0]}_${range[1]}.xlsx`,
    );
    setExporting(false);
  };

  const report = data?.report;
  return (
    <div data-testid="reports-page">
      <div className="admin-toolbar">
        <span>{t('reports.range')}</span>
        <DatePicker.RangePicker
          allowClear={false}
          value={[dayjs(range[0]), dayjs(range[1])]}
          onChange={(v) =>
            v && v[0] && v[1] && setRange([(v[0] as Dayjs).format('YYYY-MM-DD'), (v[1] as Dayjs).format('YYYY-MM-DD')])
          }
          data-testid="report-range"
        />
        <Button icon={<ReloadOutlined />} onClick={reload} loading={loading}>
          {t('common.refresh')}
        </Button>
        <Button
          type="primary"
          icon={<DownloadOutlined />}
          onClick={() => void exportExcel()}
          loading={exporting}
          data-testid="report-export"
        >
          {t('common.export')}
        </Button>
        {report && <span>{t('reports.days', { count: report.days.length })}</span>}
      </div>
      {!report ? null : report.total.issued === 0 ? (
        <Empty description={t('reports.empty')} />
      ) : (
        <>
          <div className="admin-stats">
            {(
              [
                'issued',
                'served',
                'noShow',
                'meanWaitMin',
                'p90WaitMin',
                'meanServiceMin',
                'withinTargetPct',
                'meanAttitude',
                'ratingResponsePct',
              ] as const
            ).map((k) => (
              <Card size="small" key={k}>
                <Statistic title={t(`figures.${k}`)} value={report.total[k] ?? '—'} />
              </Card>
            ))}
          </div>
          <ReportChartsPanel report={report} tellerName={tellerName} />
          <Card size="small" className="admin-card">
            <Tabs
              items={[
                {
                  key: 'hour',
                  label: t('reports.byHour'),
                  children: (
                    <FiguresTable rows={report.byHour} keyTitle={t('reports.byHour')} nameOf={(k) => `${k}:00`} />
                  ),
                },
                {
                  key: 'lane',
                  label: t('reports.byLane'),
                  children: (
                    <FiguresTable
                      rows={report.byLane}
                      keyTitle={t('reports.byLane')}
                      nameOf={names.lane}
                      testId="report-lanes"
                    />
                  ),
                },
                {
                  key: 'bt',
                  label: t('reports.byBusinessType'),
                  children: (
                    <FiguresTable
                      rows={report.byBusinessType}
                      keyTitle={t('reports.byBusinessType')}
                      nameOf={names.businessType}
                    />
                  ),
                },
                {
                  key: 'counter',
                  label: t('reports.byCounter'),
                  children: (
                    <FiguresTable rows={report.byCounter} keyTitle={t('reports.byCounter')} nameOf={names.counter} />
                  ),
                },
                {
                  key: 'teller',
                  label: t('reports.byTeller'),
                  children: (
                    <FiguresTable rows={report.byTeller} keyTitle={t('reports.byTeller')} nameOf={tellerName} />
                  ),
                },
                {
                  key: 'lowRatings',
                  label: t('lowRatings.title'),
                  children: <LowRatingsTable range={range} tellerName={tellerName} />,
                },
                {
                  key: 'appointments',
                  label: t('reports.appointments'),
                  children: <AppointmentsReport report={report.appointments} />,
                },
                {
                  key: 'day',
                  label: t('reports.byDay'),
                  children: <FiguresTable rows={report.byDay} keyTitle={t('reports.byDay')} nameOf={(k) => k} />,
                },
              ]}
            />
          </Card>
          <Space />
        </>
      )}
    </div>
  );
}
