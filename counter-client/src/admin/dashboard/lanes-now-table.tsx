import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { waitWording, type LaneStats } from '@lobby/shared';
import { useAppStore } from '../../store/app-store.ts';
import { useConfigNames } from '../use-names.ts';

/** Live lane figures from the floor data (pushed by the server with every event). */
export function LanesNowTable() {
  const { t } = useTranslation('admin');
  const names = useConfigNames();
  const lanes = useAppStore(useShallow((s) => s.floor.lanes));
  const config = useAppStore((s) => s.floor.config);
  const targetOf = (id: string) => config?.lanes.find((l) => l.id === id)?.targetWaitMin ?? null;
  return (
    <Table<LaneStats>
      size="small"
      rowKey="laneId"
      pagination={false}
      dataSource={lanes}
      data-testid="dashboard-lanes"
      columns={[
        { title: t('dashboard.lane'), dataIndex: 'laneId', render: (id: string) => names.lane(id) },
        { title: t('dashboard.waiting'), dataIndex: 'waiting', align: 'right' },
        {
          title: t('dashboard.longest'),
          dataIndex: 'longestWaitMs',
          align: 'right',
          render: (ms: number, row) => {
            const min = Math.floor(ms / 60_000);
            const target = targetOf(row.laneId);
            return (
              <Tag color={target !== null && min >= target ? 'red' : 'default'}>{`${min} ${t('common.minutes')}`}</Tag>
            );
          },
        },
        {
          title: t('dashboard.target'),
          key: 'target',
          align: 'right',
          render: (_: unknown, row) => `${targetOf(row.laneId) ?? '—'} ${t('common.minutes')}`,
        },
        {
          title: t('dashboard.estimate'),
          dataIndex: 'estimate',
          align: 'right',
          render: (e: LaneStats['estimate']) => {
            const w = waitWording(e);
            return w.kind === 'estimate'
              ? `${w.minutes} (${w.low}–${w.high}) ${t('common.minutes')}`
              : w.kind === 'aboutNow'
                ? '0'
                : '—';
          },
        },
        { title: t('figures.issued'), dataIndex: 'issuedToday', align: 'right' },
      ]}
    />
  );
}
