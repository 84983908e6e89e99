import { useMemo, useState } from 'react';
import { Input, Space, Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickText, type HqGridRow } from '@lobby/shared';
import { useHq } from '../store.ts';
import { RegionSelect } from '../ui/region-select.tsx';
import { ago, minutes, SILENT_AFTER_MS } from '../ui/format.ts';
import { useNow } from '../ui/use-now.ts';
import { BranchDrawer } from './branch-drawer.tsx';

/** Every branch live: waiting now, longest wait, counters open, alerts, satisfaction, last heard and lag. */
export function GridPage() {
  const { t } = useTranslation();
  const lang = useHq((s) => s.lang);
  const regions = useHq((s) => s.regions);
  const byId = useHq((s) => s.rows);
  const [region, setRegion] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const now = useNow();
  const rows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return Object.values(byId)
      .filter((r) => region.length === 0 || region.includes(r.regionId))
      .filter((r) => !needle || [r.branchId, r.name.zh, r.name.en].some((v) => v.toLowerCase().includes(needle)))
      .sort((a, b) => a.regionId.localeCompare(b.regionId) || a.branchId.localeCompare(b.branchId));
  }, [byId, region, search]);
  const regionName = (id: string) => {
    const r = regions.find((x) => x.id === id);
    return r ? pickText(r.name, lang) : id;
  };
  const sum = (f: (r: HqGridRow) => number) => rows.reduce((a, r) => a + f(r), 0);

  return (
    <div data-testid="grid-page">
      <div className="hq-toolbar">
        <span>{t('grid.region')}</span>
        <RegionSelect value={region} onChange={setRegion} testId="region-filter" />
        <Input.Search
          allowClear
          placeholder={t('grid.search')}
          style={{ width: 220 }}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <div className="hq-summary" data-testid="grid-summary">
        {t('grid.summary', {
          branches: rows.length,
          waiting: sum((r) => r.waiting),
          open: sum((r) => r.countersOpen),
          alerts: sum((r) => r.alerts),
        })}
      </div>
      <Table<HqGridRow>
        data-testid="grid-table"
        size="small"
        rowKey="branchId"
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        onRow={(r) =>
          ({
            onClick: () => setOpen(r.branchId),
            style: { cursor: 'pointer' },
            'data-testid': `grid-row-${r.branchId}`,
          }) as object
        }
        rowClassName={(r) =>
          [
            r.lastHeardAt === null || now - r.lastHeardAt > SILENT_AFTER_MS ? 'hq-row-stale' : '',
            r.alerts > 0 ? 'hq-row-alert' : '',
          ].join(' ')
        }
        columns={[
          {
            title: t('grid.branch'),
            key: 'name',
            render: (_, r) => (
              <Space size={4} wrap>
                <strong>{pickText(r.name, lang)}</strong>
                <span style={{ color: '#888' }}>{regionName(r.regionId)}</span>
                {r.emergency && <Tag color="red">{t('grid.emergency')}</Tag>}
                {r.incidents > 0 && <Tag color="orange">{t('grid.restored')}</Tag>}
              </Space>
            ),
          },
          { title: t('grid.waiting'), dataIndex: 'waiting', align: 'right', sorter: (a, b) => a.waiting - b.waiting },
          {
            title: t('grid.longest'),
            dataIndex: 'longestWaitMs',
            align: 'right',
            sorter: (a, b) => a.longestWaitMs - b.longestWaitMs,
            render: (ms: number, r) => (r.waiting > 0 ? minutes(t, ms) : '—'),
          },
          {
            title: t('grid.counters'),
            key: 'counters',
            align: 'right',
            render: (_, r) => `${r.countersOpen} / ${r.countersTotal}`,
          },
          {
            title: t('grid.alerts'),
            dataIndex: 'alerts',
            align: 'right',
            sorter: (a, b) => a.alerts - b.alerts,
            render: (n: number, r) =>
              n === 0 ? (
                0
              ) : (
                <Tooltip title={r.alertKinds.map((k) => t(`alertKinds.${k}`)).join('、')}>
                  <Tag color="volcano">{n}</Tag>
                </Tooltip>
              ),
          },
          { title: t('grid.issued'), dataIndex: 'issuedToday', align: 'right' },
          { title: t('grid.served'), dataIndex: 'servedToday', align: 'right' },
          {
            title: t('grid.satisfaction'),
            dataIndex: 'satisfactionToday',
            align: 'right',
            render: (v: number | null) => (v === null ? '—' : v.toFixed(2)),
          },
          {
            title: t('grid.lastHeard'),
            key: 'heard',
            render: (_, r) => {
              const silent = r.lastHeardAt === null || now - r.lastHeardAt > SILENT_AFTER_MS;
              return (
                <Space size={4}>
                  <span>{ago(t, r.lastHeardAt, now, t('grid.never'))}</span>
                  {silent && <Tag>{t('grid.stale')}</Tag>}
                  {(r.backlog?.pending ?? 0) > 0 && (
                    <Tag color="gold">{t('grid.backlog', { count: r.backlog?.pending })}</Tag>
                  )}
                </Space>
              );
            },
          },
          {
            title: t('grid.lag'),
            dataIndex: 'lagMs',
            align: 'right',
            render: (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`),
          },
        ]}
      />
      {open && <BranchDrawer branchId={open} onClose={() => setOpen(null)} />}
    </div>
  );
}
