import { useEffect, useMemo, useState } from 'react';
import { Card, DatePicker, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { pickText, type HqKpiRow } from '@lobby/shared';
import { apiCall } from '../api.ts';
import { useHq } from '../store.ts';
import { RegionSelect } from '../ui/region-select.tsx';
import { hashQuery, replaceHashQuery } from '../routes.ts';
import { EChart } from '../ui/echart.tsx';

/** The month's KPI scorecard across branches, ranked (equal scores share a rank). */
export function KpiPage() {
  const { t } = useTranslation();
  const lang = useHq((s) => s.lang);
  const token = useHq((s) => s.session?.token ?? '');
  const initialMonth = hashQuery().get('month');
  const [month, setMonth] = useState<Dayjs>(
    initialMonth && dayjs(`${initialMonth}-01`).isValid() ? dayjs(`${initialMonth}-01`) : dayjs(),
  );
  const [region, setRegion] = useState<string[]>([]);
  const [rows, setRows] = useState<HqKpiRow[]>([]);
  const query = `month=${month.format('YYYY-MM')}${region.length ? `&regions=${region.join(',')}` : ''}`;
  useEffect(() => replaceHashQuery('kpi', { month: month.format('YYYY-MM') }), [month]);
  useEffect(() => {
    let live = true;
    void apiCall<HqKpiRow[]>(token, 'GET', `/kpi?${query}`).then((r) => live && r.ok && setRows(r.data));
    return () => {
      live = false;
    };
  }, [token, query]);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, bottom: 64, top: 24 },
      xAxis: {
        type: 'category',
        data: rows.slice(0, 30).map((r) => pickText(r.name, lang)),
        axisLabel: { rotate: 30 },
      },
      yAxis: { type: 'value', max: 100 },
      series: [
        {
          name: t('kpi.score'),
          type: 'bar',
          barMaxWidth: 48,
          data: rows.slice(0, 30).map((r) => r.score),
          itemStyle: { color: '#1f4e79' },
        },
      ],
    }),
    [rows, lang, t],
  );
  const n = (v: number | null) => (v === null ? '—' : v);
  return (
    <div data-testid="kpi-page">
      <div className="hq-toolbar">
        <span>{t('kpi.month')}</span>
        <DatePicker picker="month" allowClear={false} value={month} onChange={(d) => d && setMonth(d)} />
        <RegionSelect value={region} onChange={setRegion} />
        <span style={{ color: '#888' }}>{t('kpi.note')}</span>
      </div>
      <Card size="small" title={t('kpi.chart')}>
        <EChart option={option} testId="chart-kpi" />
      </Card>
      <Table<HqKpiRow>
        style={{ marginTop: 12 }}
        size="small"
        rowKey="branchId"
        data-testid="kpi-table"
        dataSource={rows}
        pagination={{ pageSize: 100, showSizeChanger: false }}
        columns={[
          { title: t('kpi.rank'), dataIndex: 'rank', width: 64 },
          { title: t('kpi.branch'), key: 'b', render: (_, r) => pickText(r.name, lang) },
          { title: t('reports.issued'), dataIndex: 'issued', align: 'right' },
          { title: t('reports.served'), dataIndex: 'served', align: 'right' },
          { title: t('kpi.efficiency'), dataIndex: 'efficiency', align: 'right', render: n },
          { title: t('kpi.quality'), dataIndex: 'quality', align: 'right', render: n },
          { title: t('kpi.satisfaction'), dataIndex: 'satisfaction', align: 'right', render: n },
          { title: t('kpi.withinTarget'), dataIndex: 'withinTargetPct', align: 'right', render: n },
          { title: t('kpi.complaints'), dataIndex: 'complaints', align: 'right' },
          { title: t('kpi.score'), dataIndex: 'score', align: 'right', render: (v: number) => <strong>{v}</strong> },
        ]}
      />
    </div>
  );
}
