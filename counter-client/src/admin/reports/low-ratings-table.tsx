import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickText, REPORT_ROUTES, type LowRating } from '@lobby/shared';
import { useAppStore } from '../../store/app-store.ts';
import { useRemote } from '../use-admin-api.ts';
import { useConfigNames } from '../use-names.ts';
import { useBranchTime } from '../../ui/use-branch-time.ts';

/** 非常不满意 / 不满意 ratings of the range, with the reasons the customer picked on the evaluator (19.20). */
export function LowRatingsTable({
  range,
  tellerName,
}: {
  range: [string, string];
  tellerName: (id: string) => string;
}) {
  const { t, i18n } = useTranslation('admin');
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const fmt = useBranchTime();
  const names = useConfigNames();
  const reasons = useAppStore((s) => s.floor.config?.ratingReasons ?? []);
  const { data, loading } = useRemote(REPORT_ROUTES.lowRatings, { query: { from: range[0], to: range[1] } });
  const reasonName = (id: string) => {
    const r = reasons.find((x) => x.id === id);
    return r ? pickText(r.name, lang) : id;
  };
  return (
    <Table<LowRating>
      size="small"
      rowKey="ticketId"
      loading={loading}
      dataSource={data ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      data-testid="report-low-ratings"
      columns={[
        {
          title: t('lowRatings.ratedAt'),
          dataIndex: 'ratedAt',
          render: (v: number) => fmt(v, 'YYYY-MM-DD HH:mm'),
        },
        { title: t('lowRatings.ticket'), dataIndex: 'number', render: (v: string | null) => v ?? '—' },
        { title: t('lowRatings.counter'), dataIndex: 'counterId', render: (v: string) => names.counter(v) },
        {
          title: t('lowRatings.teller'),
          dataIndex: 'tellerId',
          render: (v: string | null) => (v ? tellerName(v) : '—'),
        },
        { title: t('figures.meanAttitude'), dataIndex: 'attitude' },
        { title: t('figures.meanEfficiency'), dataIndex: 'efficiency' },
        {
          title: t('lowRatings.reasons'),
          dataIndex: 'reasons',
          render: (v: string[]) =>
            v.length === 0 ? (
              <span className="admin-muted">{t('lowRatings.noReason')}</span>
            ) : (
              v.map((id) => <Tag key={id}>{reasonName(id)}</Tag>)
            ),
        },
      ]}
    />
  );
}
