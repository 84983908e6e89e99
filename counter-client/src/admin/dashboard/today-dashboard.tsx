import { useCallback } from 'react';
import { Card, List, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_ROUTES } from '@lobby/shared';
import { useAppStore } from '../../store/app-store.ts';
import { ReportChartsPanel } from '../reports/report-charts-panel.tsx';
import { useRemote } from '../use-admin-api.ts';
import { useConfigNames } from '../use-names.ts';
import { DayCloseButton } from './day-close-button.tsx';
import { LanesNowTable } from './lanes-now-table.tsx';
import { useTodayReport } from './use-today-report.ts';

/** The live "today" page: floor figures pushed by the socket, today's report refreshed as it moves. */
export default function TodayDashboard() {
  const { t } = useTranslation('admin');
  const names = useConfigNames();
  const businessDate = useAppStore((s) => s.floor.businessDate);
  const waitingNow = useAppStore((s) => s.floor.lanes.reduce((n, l) => n + l.waiting, 0));
  const openCounters = useAppStore((s) => Object.values(s.floor.counters).filter((c) => c.status === 'open').length);
  const alertCount = useAppStore((s) => s.floor.alerts.filter((a) => a.acknowledgedAt === null).length);
  const overdue = useRemote(COMPLAINT_ROUTES.overdue, {});
  const { data } = useTodayReport();
  const tellerName = useCallback((id: string) => data?.tellerNames[id] ?? id, [data]);
  const total = data?.report.total;

  return (
    <div data-testid="today-dashboard">
      <div className="admin-toolbar">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('dashboard.title')}
        </Typography.Title>
        <Tag>{t('dashboard.businessDate', { date: businessDate ?? '—' })}</Tag>
        <span style={{ flex: 1 }} />
        <DayCloseButton />
      </div>
      <div className="admin-stats">
        <Card size="small">
          <Statistic title={t('dashboard.waitingNow')} value={waitingNow} />
        </Card>
        <Card size="small">
          <Statistic title={t('dashboard.openCounters')} value={openCounters} />
        </Card>
        <Card size="small">
          <Statistic title={t('dashboard.alerts')} value={alertCount} />
        </Card>
        <Card size="small">
          <Statistic title={t('figures.issued')} value={total?.issued ?? '—'} />
        </Card>
        <Card size="small">
          <Statistic title={t('figures.served')} value={total?.served ?? '—'} />
        </Card>
        <Card size="small">
          <Statistic title={t('figures.meanWaitMin')} value={total?.meanWaitMin ?? '—'} />
        </Card>
        <Card size="small">
          <Statistic
            title={t('figures.withinTargetPct')}
            value={total?.withinTargetPct ?? '—'}
            suffix={total?.withinTargetPct != null ? '%' : undefined}
          />
        </Card>
        <Card size="small">
          <Statistic title={t('figures.meanAttitude')} value={total?.meanAttitude ?? '—'} />
        </Card>
      </div>
      <Card size="small" className="admin-card" title={t('dashboard.lanes')}>
        <LanesNowTable />
      </Card>
      {data && <ReportChartsPanel report={data.report} tellerName={tellerName} />}
      {(overdue.data?.length ?? 0) > 0 && (
        <Card size="small" className="admin-card" title={<Tag color="red">{t('dashboard.overdueComplaints')}</Tag>}>
          <List
            size="small"
            dataSource={overdue.data ?? []}
            renderItem={(a) => <List.Item>{names.text(a.message)}</List.Item>}
          />
        </Card>
      )}
    </div>
  );
}
