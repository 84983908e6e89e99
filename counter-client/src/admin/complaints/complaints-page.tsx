import { useState } from 'react';
import { Button, Card, Select, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_ROUTES, COMPLAINT_STATUSES, type ComplaintStatus, type ComplaintWithOverdue } from '@lobby/shared';
import { useAdminApi, useRemote } from '../use-admin-api.ts';
import { ComplaintDrawer } from './complaint-drawer.tsx';
import { ComplaintRegisterModal } from './complaint-register-modal.tsx';

/** The complaint ledger: list with clocks and overdue flags, register, follow up, export. */
export default function ComplaintsPage() {
  const { t } = useTranslation('admin');
  const api = useAdminApi();
  const [status, setStatus] = useState<ComplaintStatus | ''>('');
  const { data, loading, reload } = useRemote(COMPLAINT_ROUTES.list, { query: { status: status || undefined } });
  const [registering, setRegistering] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);

  return (
    <div data-testid="complaints-page">
      <div className="admin-toolbar">
        <Button type="primary" onClick={() => setRegistering(true)} data-testid="complaint-register">
          {t('complaints.register')}
        </Button>
        <span>{t('complaints.filterStatus')}</span>
        <Select
          value={status}
          onChange={setStatus}
          style={{ width: 140 }}
          options={[
            { value: '', label: t('common.all') },
            ...COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`complaints.statuses.${s}`) })),
          ]}
        />
        <Button
          icon={<DownloadOutlined />}
          onClick={() =>
            void api.download(COMPLAINT_ROUTES.export, { query: { status: status || undefined } }, 'complaints.xlsx')
          }
        >
          {t('common.export')}
        </Button>
      </div>
      <Card size="small" title={t('complaints.title')}>
        <Table<ComplaintWithOverdue>
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={data ?? []}
          pagination={{ pageSize: 30 }}
          onRow={(c) => ({ onClick: () => setOpenId(c.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('complaints.receivedDate'), dataIndex: 'receivedDate', width: 110 },
            { title: t('complaints.source'), dataIndex: 'source', render: (s: string) => t(`complaints.sources.${s}`) },
            {
              title: t('complaints.category'),
              dataIndex: 'category',
              render: (s: string) => t(`complaints.categories.${s}`),
            },
            {
              title: t('complaints.severity'),
              dataIndex: 'severity',
              render: (s: string) => (
                <Tag color={s === 'serious' ? 'red' : s === 'complex' ? 'orange' : 'default'}>
                  {t(`complaints.severities.${s}`)}
                </Tag>
              ),
            },
            { title: t('complaints.summary'), dataIndex: 'summary', ellipsis: true },
            {
              title: t('complaints.status'),
              dataIndex: 'status',
              render: (s: string) => <Tag color="blue">{t(`complaints.statuses.${s}`)}</Tag>,
            },
            { title: t('complaints.firstResponseDue'), dataIndex: 'firstResponseDue' },
            { title: t('complaints.handlingDue'), dataIndex: 'handlingDue' },
            {
              title: t('complaints.overdue'),
              dataIndex: 'overdue',
              render: (o: string[]) =>
                o.map((x) => (
                  <Tag color="red" key={x}>
                    {t(`complaints.clocks.${x}`)}
                  </Tag>
                )),
            },
          ]}
        />
      </Card>
      <ComplaintRegisterModal
        open={registering}
        onClose={() => setRegistering(false)}
        onCreated={(c) => {
          setRegistering(false);
          reload();
          setOpenId(c.id);
        }}
      />
      <ComplaintDrawer id={openId} onClose={() => setOpenId(null)} onChanged={reload} />
    </div>
  );
}
