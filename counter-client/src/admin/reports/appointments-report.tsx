import { Card, Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppointmentReport, WaitGroup } from '@lobby/shared';

type WaitKey = keyof WaitGroup;
const WAIT_ROWS: readonly WaitKey[] = ['tickets', 'meanWaitMin', 'p90WaitMin', 'maxWaitMin', 'withinTargetPct'];

/**
 * Appointments over the range: what became of the bookings, and the waits of customers who
 * came on time for a booking against everyone else (walk-ins, late arrivals included) — the
 * figure that says whether booking ahead is worth it for the customer.
 */
export function AppointmentsReport({ report }: { report: AppointmentReport }) {
  const { t } = useTranslation('admin');
  const value = (v: number | null, unit: '' | '%' = '') => (v === null ? '—' : `${v}${unit}`);
  const counts = [
    ['bookings', report.bookings],
    ['cancelled', report.cancelled],
    ['checkedIn', report.checkedIn],
    ['onTime', report.onTime],
    ['late', report.late],
    ['missed', report.missed],
    ['expected', report.expected],
  ] as const;
  return (
    <div data-testid="report-appointments">
      <Descriptions size="small" bordered column={{ xs: 2, md: 4, xl: 5 }} className="admin-appointment-counts">
        {counts.map(([key, n]) => (
          <Descriptions.Item key={key} label={t(`appointmentsReport.${key}`)}>
            <span data-testid={`appointments-${key}`}>{n}</span>
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('appointmentsReport.checkInPct')}>
          <span data-testid="appointments-checkInPct">{value(report.checkInPct, '%')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('appointmentsReport.onTimePct')}>
          <span data-testid="appointments-onTimePct">{value(report.onTimePct, '%')}</span>
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" className="admin-card" title={t('appointmentsReport.waitsTitle')}>
        <Table<{ key: WaitKey }>
          size="small"
          pagination={false}
          rowKey="key"
          data-testid="appointments-waits"
          dataSource={WAIT_ROWS.map((key) => ({ key }))}
          columns={[
            { title: t('reports.key'), dataIndex: 'key', render: (k: WaitKey) => t(`appointmentsReport.waits.${k}`) },
            {
              title: t('appointmentsReport.booked'),
              key: 'booked',
              render: (_: unknown, r) => (
                <span data-testid={`booked-${r.key}`}>
                  {value(report.booked[r.key], r.key === 'withinTargetPct' ? '%' : '')}
                </span>
              ),
            },
            {
              title: t('appointmentsReport.walkIn'),
              key: 'walkIn',
              render: (_: unknown, r) => (
                <span data-testid={`walkIn-${r.key}`}>
                  {value(report.walkIn[r.key], r.key === 'withinTargetPct' ? '%' : '')}
                </span>
              ),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" className="admin-appointment-note">
          {t('appointmentsReport.note')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
