import { useEffect, useMemo, useState } from 'react';
import { App, Button, Card, Col, DatePicker, Row, Segmented, Select, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek';
import { useTranslation } from 'react-i18next';
import {
  HQ_REPORT_GROUPS,
  HQ_REPORT_PERIODS,
  pickText,
  type HqReport,
  type HqReportGroup,
  type HqReportPeriod,
  type HqReportRow,
} from '@lobby/shared';
import { apiCall, download } from '../api.ts';
import { useHq } from '../store.ts';
import { RegionSelect } from '../ui/region-select.tsx';
import { hashQuery, replaceHashQuery } from '../routes.ts';
import { EChart } from '../ui/echart.tsx';
import { waitHistogramOption } from './report-charts.ts';

dayjs.extend(isoWeek);

/** Reports across branches: a day, a week or a month, by branch, region, lane, business type or day. */
export function rangeOf(period: HqReportPeriod, d: Dayjs): [string, string] {
  const f = (x: Dayjs) => x.format('YYYY-MM-DD');
  if (period === 'day') return [f(d), f(d)];
  if (period === 'week') return [f(d.startOf('isoWeek')), f(d.endOf('isoWeek'))];
  return [f(d.startOf('month')), f(d.endOf('month'))];
}

export function ReportsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lang = useHq((s) => s.lang);
  const token = useHq((s) => s.session?.token ?? '');
  const initial = hashQuery();
  const [period, setPeriod] = useState<HqReportPeriod>(
    (HQ_REPORT_PERIODS as readonly string[]).includes(initial.get('period') ?? '')
      ? (initial.get('period') as HqReportPeriod)
      : 'day',
  );
  const [day, setDay] = useState<Dayjs>(
    initial.get('day') && dayjs(initial.get('day')).isValid() ? dayjs(initial.get('day')) : dayjs(),
  );
  const [group, setGroup] = useState<HqReportGroup>(
    (HQ_REPORT_GROUPS as readonly string[]).includes(initial.get('group') ?? '')
      ? (initial.get('group') as HqReportGroup)
      : 'branch',
  );
  const [region, setRegion] = useState<string[]>(initial.get('regions')?.split(',').filter(Boolean) ?? []);
  const [report, setReport] = useState<HqReport | null>(null);
  const [from, to] = rangeOf(period, day);
  const query = `from=${from}&to=${to}&group=${group}${region.length ? `&regions=${region.join(',')}` : ''}`;
  useEffect(() => {
    replaceHashQuery('reports', {
      period,
      day: day.format('YYYY-MM-DD'),
      group,
      ...(region.length ? { regions: region.join(',') } : {}),
    });
  }, [period, day, group, region]);
  useEffect(() => {
    let live = true;
    void apiCall<HqReport>(token, 'GET', `/reports?${query}`).then((r) => {
      if (!live) return;
      if (r.ok) setReport(r.data);
      else void message.error(t(`errors.${r.code}`));
    });
    return () => {
      live = false;
    };
  }, [token, query, message, t]);

  const rows: (HqReportRow & { isTotal?: boolean })[] = report
    ? [
        ...report.rows,
        { ...report.total, key: '__total', label: { zh: t('reports.total'), en: t('reports.total') }, isTotal: true },
      ]
    : [];
  const waitOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: [t('reports.meanWait'), t('reports.p90Wait')] },
      grid: { left: 48, right: 16, bottom: 64, top: 36 },
      xAxis: {
        type: 'category',
        data: (report?.rows ?? []).map((r) => pickText(r.label, lang)),
        axisLabel: { rotate: 30 },
      },
      yAxis: { type: 'value', name: t('units.min', { n: '' }).trim() },
      series: [
        { name: t('reports.meanWait'), type: 'bar', data: (report?.rows ?? []).map((r) => r.meanWaitMin) },
        { name: t('reports.p90Wait'), type: 'bar', data: (report?.rows ?? []).map((r) => r.p90WaitMin) },
      ],
    }),
    [report, lang, t],
  );
  const histOption = useMemo(() => waitHistogramOption(report, t), [report, t]);
  const n = (v: number | null) => (v === null ? '—' : v);

  return (
    <div data-testid="reports-page">
      <div className="hq-toolbar">
        <span>{t('reports.period')}</span>
        <Segmented
          data-testid="report-period"
          value={period}
          onChange={(v) => setPeriod(v as HqReportPeriod)}
          options={(['day', 'week', 'month'] as const).map((p) => ({ value: p, label: t(`reports.${p}`) }))}
        />
        <DatePicker
          allowClear={false}
          value={day}
          picker={period === 'month' ? 'month' : period === 'week' ? 'week' : 'date'}
          {...(period === 'week'
            ? { format: (d: Dayjs) => t('reports.weekOf', { year: d.isoWeekYear(), week: d.isoWeek() }) }
            : {})}
          onChange={(d) => d && setDay(d)}
        />
        <span>
          {from} ~ {to}
        </span>
        <span>{t('reports.group')}</span>
        <Select
          data-testid="report-group"
          value={group}
          style={{ width: 140 }}
          onChange={setGroup}
          options={HQ_REPORT_GROUPS.map((g) => ({ value: g, label: t(`reports.groups.${g}`) }))}
        />
        <RegionSelect value={region} onChange={setRegion} />
        <Button
          data-testid="report-export"
          onClick={() => void download(token, `/reports/export?${query}&lang=${lang}`, `hq-report-${from}-${to}.xlsx`)}
        >
          {t('reports.export')}
        </Button>
        {report && <span style={{ color: '#888' }}>{t('reports.queryMs', { ms: report.queryMs })}</span>}
      </div>
      <Row gutter={12}>
        <Col span={14}>
          <Card size="small" title={t('reports.waitChart')}>
            <EChart option={waitOption} testId="chart-waits" />
          </Card>
        </Col>
        <Col span={10}>
          <Card size="small" title={t('reports.histogram')}>
            <EChart option={histOption} testId="chart-histogram" />
          </Card>
        </Col>
      </Row>
      <Table
        style={{ marginTop: 12 }}
        size="small"
        rowKey="key"
        data-testid="report-table"
        dataSource={rows}
        pagination={{ pageSize: 100, showSizeChanger: false }}
        rowClassName={(r) => (r.isTotal ? 'ant-table-row-selected' : '')}
        columns={[
          {
            title: t('reports.key'),
            key: 'label',
            render: (_, r) => (r.isTotal ? <strong>{t('reports.total')}</strong> : pickText(r.label, lang)),
          },
          { title: t('reports.issued'), dataIndex: 'issued', align: 'right' },
          { title: t('reports.served'), dataIndex: 'served', align: 'right' },
          { title: t('reports.meanWait'), dataIndex: 'meanWaitMin', align: 'right', render: n },
          { title: t('reports.p90Wait'), dataIndex: 'p90WaitMin', align: 'right', render: n },
          { title: t('reports.withinTarget'), dataIndex: 'withinTargetPct', align: 'right', render: n },
          { title: t('reports.noShow'), dataIndex: 'noShowPct', align: 'right', render: n },
          { title: t('reports.meanService'), dataIndex: 'meanServiceMin', align: 'right', render: n },
          { title: t('reports.satisfaction'), dataIndex: 'satisfaction', align: 'right', render: n },
          { title: t('reports.complaints'), dataIndex: 'complaints', align: 'right' },
          { title: t('reports.complaintsOnTime'), dataIndex: 'complaintsOnTimePct', align: 'right', render: n },
          { title: t('reports.complaintsOverdue'), dataIndex: 'complaintsOverdue', align: 'right' },
        ]}
      />
    </div>
  );
}
