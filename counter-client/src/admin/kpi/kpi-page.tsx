import { useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { KPI_ROUTES, type KpiAdjustment, type KpiFollowUp, type KpiRow } from '@lobby/shared';
import { useAppStore } from '../../store/app-store.ts';
import { useAdminApi, useRemote } from '../use-admin-api.ts';
import { useBranchTime } from '../../ui/use-branch-time.ts';

/**
 * Monthly teller scorecard with ranking, R52's bottom-N runs and follow-ups (docs/requirements.md), and the point
 * adjustments (who, why, when).
 */
const FOLLOW_UP_COLORS: Record<KpiFollowUp, string | undefined> = {
  none: undefined,
  roomManagerTalk: 'gold',
  departmentHeadTalk: 'orange',
  offPost: 'red',
};

export default function KpiPage() {
  const { t } = useTranslation('admin');
  const fmt = useBranchTime();
  const api = useAdminApi();
  const { message } = App.useApp();
  const staff = useAppStore((s) => s.floor.staff);
  const businessDate = useAppStore((s) => s.floor.businessDate);
  // The branch's month, not the browser's: the two differ around midnight in another zone.
  const [month, setMonth] = useState(() => (businessDate ?? dayjs().format('YYYY-MM-DD')).slice(0, 7));
  const { data, loading, reload } = useRemote(KPI_ROUTES.scorecard, { query: { month } });
  const [adjusting, setAdjusting] = useState(false);
  const [form] = Form.useForm();
  const rows = data?.rows ?? [];
  const nameOf = (id: string) =>
    staff.find((s) => s.id === id)?.name ?? rows.find((r) => r.tellerId === id)?.tellerName ?? id;
  const score = (v: number | null) => (v === null ? '—' : v);

  return (
    <div data-testid="kpi-page">
      <div className="admin-toolbar">
        <span>{t('kpi.month')}</span>
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
        />
        <Button type="primary" onClick={() => setAdjusting(true)}>
          {t('kpi.adjust')}
        </Button>
        {data && (
          <Tag>
            {t('kpi.weights', {
              e: Math.round(data.weights.efficiency * 100),
              q: Math.round(data.weights.quality * 100),
              s: Math.round(data.weights.satisfaction * 100),
            })}
          </Tag>
        )}
      </div>
      <Card size="small" className="admin-card" title={t('kpi.title')}>
        <Table<KpiRow>
          size="small"
          rowKey="tellerId"
          loading={loading}
          dataSource={rows}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            {
              title: t('kpi.rank'),
              dataIndex: 'rank',
              render: (rank: number, r) => (r.bottom3Months > 0 ? <Tag color="red">{rank}</Tag> : rank),
            },
            { title: t('kpi.teller'), dataIndex: 'tellerName' },
            { title: t('kpi.handled'), dataIndex: 'handled', align: 'right' },
            { title: t('kpi.served'), dataIndex: 'served', align: 'right' },
            { title: t('kpi.meanServiceMin'), dataIndex: 'meanServiceMin', align: 'right', render: score },
            { title: t('kpi.meanWaitMin'), dataIndex: 'meanWaitMin', align: 'right', render: score },
            { title: t('kpi.ratings'), dataIndex: 'ratings', align: 'right' },
            { title: t('kpi.complaints'), dataIndex: 'complaints', align: 'right' },
            { title: t('kpi.efficiency'), dataIndex: 'efficiency', align: 'right', render: score },
            { title: t('kpi.quality'), dataIndex: 'quality', align: 'right', render: score },
            { title: t('kpi.satisfaction'), dataIndex: 'satisfaction', align: 'right', render: score },
            {
              title: t('kpi.adjustment'),
              dataIndex: 'adjustmentPoints',
              align: 'right',
              render: (p: number) => (p > 0 ? `+${p}` : p),
            },
            { title: t('kpi.score'), dataIndex: 'score', align: 'right', render: (s: number) => <b>{s}</b> },
            {
              title: <span title={t('kpi.bottomRunsHint')}>{t('kpi.bottomRuns')}</span>,
              key: 'bottomRuns',
              align: 'center',
              render: (_: unknown, r) => `${r.bottom3Months} / ${r.bottom5Months}`,
            },
            {
              title: t('kpi.followUp'),
              dataIndex: 'followUp',
              render: (f: KpiFollowUp) =>
                f === 'none' ? (
                  t('kpi.followUps.none')
                ) : (
                  <Tag color={FOLLOW_UP_COLORS[f]} data-testid="kpi-follow-up">
                    {t(`kpi.followUps.${f}`)}
                  </Tag>
                ),
            },
          ]}
        />
      </Card>
      <Card size="small" className="admin-card" title={t('kpi.adjustments')}>
        <Table<KpiAdjustment>
          size="small"
          rowKey="id"
          dataSource={data?.adjustments ?? []}
          pagination={false}
          columns={[
            {
              title: t('kpi.at'),
              dataIndex: 'createdAt',
              render: (at: number) => fmt(at, 'YYYY-MM-DD HH:mm'),
            },
            { title: t('kpi.teller'), dataIndex: 'tellerId', render: nameOf },
            {
              title: t('kpi.points'),
              dataIndex: 'points',
              render: (p: number) => <Tag color={p > 0 ? 'green' : 'red'}>{p > 0 ? `+${p}` : p}</Tag>,
            },
            { title: t('kpi.reason'), dataIndex: 'reason' },
            { title: t('kpi.by'), dataIndex: 'actorId', render: nameOf },
          ]}
        />
      </Card>
      <Modal
        open={adjusting}
        title={t('kpi.adjust')}
        onCancel={() => setAdjusting(false)}
        destroyOnHidden
        onOk={async () => {
          const values = (await form.validateFields()) as { tellerId: string; points: number; reason: string };
          const r = await api.call(KPI_ROUTES.adjust, { body: { ...values, month } });
          if (r.ok) {
            void message.success(t('common.done'));
            setAdjusting(false);
            form.resetFields();
            reload();
          }
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="tellerId"
            label={t('kpi.teller')}
            rules={[{ required: true, message: t('kpi.tellerRequired') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={staff.filter((s) => s.role !== 'admin').map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
          <Form.Item
            name="points"
            label={t('kpi.points')}
            rules={[
              { required: true },
              {
                validator: (_r, v) => (v === 0 ? Promise.reject(new Error(t('kpi.pointsNonZero'))) : Promise.resolve()),
              },
            ]}
          >
            <InputNumber min={-100} max={100} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="reason" label={t('kpi.reason')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
