import { useEffect, useState } from 'react';
import { Descriptions, Drawer, Empty, Table, Tag, Timeline } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { pickText, type HqBranchDetail } from '@lobby/shared';
import { apiCall } from '../api.ts';
import { useHq } from '../store.ts';
import { minutes } from '../ui/format.ts';

/** One branch, read-only: its lanes, counters (tellers by staff number), open alerts and replication history. */
export function BranchDrawer({ branchId, onClose }: { branchId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useHq((s) => s.lang);
  const token = useHq((s) => s.session?.token ?? null);
  const row = useHq((s) => s.rows[branchId]);
  const [detail, setDetail] = useState<HqBranchDetail | null>(null);
  // Read again whenever the live row of this branch changes.
  useEffect(() => {
    let live = true;
    void apiCall<HqBranchDetail>(token, 'GET', `/branches/${encodeURIComponent(branchId)}`).then((r) => {
      if (live && r.ok) setDetail(r.data);
    });
    return () => {
      live = false;
    };
  }, [token, branchId, row]);
  const name = detail ? pickText(detail.row.name, lang) : branchId;
  // Lanes and counters by their names where the branch's profile gave one, else by id.
  const laneName = (id: string) => {
    const l = detail?.lanes.find((x) => x.laneId === id);
    return l?.name ? pickText(l.name, lang) : id;
  };
  const counterName = (id: string) => {
    const k = detail?.counters.find((x) => x.counterId === id);
    return k?.name ? pickText(k.name, lang) : id;
  };
  return (
    <Drawer open width={880} onClose={onClose} title={t('detail.title', { name })} data-testid="branch-drawer">
      {detail && (
        <>
          <h3>{t('detail.lanes')}</h3>
          <Table
            size="small"
            pagination={false}
            rowKey="laneId"
            data-testid="drawer-lanes"
            dataSource={detail.lanes}
            columns={[
              { title: t('detail.lane'), key: 'lane', render: (_, l) => laneName(l.laneId) },
              { title: t('detail.waiting'), dataIndex: 'waiting', align: 'right' },
              {
                title: t('detail.longest'),
                key: 'longest',
                align: 'right',
                render: (_, l) => {
                  const over = l.targetWaitMin !== null && l.longestWaitMs > l.targetWaitMin * 60_000;
                  return l.waiting === 0 ? (
                    '—'
                  ) : (
                    <span style={over ? { color: '#cf1322', fontWeight: 600 } : {}}>{minutes(t, l.longestWaitMs)}</span>
                  );
                },
              },
              {
                title: t('detail.target'),
                dataIndex: 'targetWaitMin',
                align: 'right',
                render: (v: number | null) => (v === null ? '—' : t('units.min', { n: v })),
              },
              {
                title: t('detail.estimate'),
                key: 'estimate',
                align: 'right',
                render: (_, l) => (l.estimateLowMin === null ? '—' : `${l.estimateLowMin}–${l.estimateHighMin}`),
              },
              { title: t('detail.issuedToday'), dataIndex: 'issuedToday', align: 'right' },
              { title: '', dataIndex: 'paused', render: (p: boolean) => (p ? <Tag>{t('detail.paused')}</Tag> : null) },
            ]}
          />
          <h3 style={{ marginTop: 16 }}>{t('detail.counters')}</h3>
          <Table
            size="small"
            pagination={false}
            rowKey="counterId"
            data-testid="drawer-counters"
            dataSource={detail.counters}
            columns={[
              {
                title: t('detail.counter'),
                key: 'c',
                render: (_, k) => counterName(k.counterId),
              },
              {
                title: t('detail.status'),
                key: 's',
                render: (_, k) => (
                  <>
                    <Tag color={k.status === 'open' ? 'green' : k.status === 'paused' ? 'gold' : 'default'}>
                      {t(`detail.statuses.${k.status}`)}
                    </Tag>
                    {k.status !== 'closed' && !k.online && <Tag color="red">{t('detail.offline')}</Tag>}
                  </>
                ),
              },
              { title: t('detail.teller'), dataIndex: 'tellerNo', render: (v: string | null) => v ?? '—' },
              {
                title: t('detail.current'),
                dataIndex: 'currentNumber',
                render: (v: string | null) => (v ? <strong>{v}</strong> : '—'),
              },
              { title: t('detail.lanes'), dataIndex: 'laneIds', render: (v: string[]) => v.map(laneName).join(' · ') },
            ]}
          />
          <h3 style={{ marginTop: 16 }}>{t('detail.alerts')}</h3>
          {detail.alerts.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noAlerts')} />
          ) : (
            <Descriptions size="small" column={1} bordered>
              {detail.alerts.map((a) => (
                <Descriptions.Item key={a.alertId} label={dayjs(a.raisedAt).format('HH:mm:ss')}>
                  {[
                    t(`alertKinds.${a.kind}`),
                    a.laneId && laneName(a.laneId),
                    a.counterId && (a.counterName ? pickText(a.counterName, lang) : counterName(a.counterId)),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Descriptions.Item>
              ))}
            </Descriptions>
          )}
          <h3 style={{ marginTop: 16 }}>{t('detail.epochs')}</h3>
          <Timeline
            items={detail.epochs.map((e) => ({
              color: e.reason === 'start' ? 'green' : 'orange',
              children: `${t('detail.epoch', { epoch: e.epoch })} · ${dayjs(e.startedAt).format('YYYY-MM-DD HH:mm')} · ${t(`detail.reason.${e.reason}`)}${e.reason === 'start' ? '' : ` (seq ${e.forkSeq} / ${e.previousHead})`}`,
            }))}
          />
        </>
      )}
    </Drawer>
  );
}
