import { useState } from 'react';
import { App, Button, Card, DatePicker, Input, Popconfirm, Switch, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AUDIT_ROUTES, type AuditEntry } from '@lobby/shared';
import { useAppStore } from '../../store/app-store.ts';
import { useAdminApi, useRemote } from '../use-admin-api.ts';
import { useConfigNames } from '../use-names.ts';
import { auditActionName, auditReasonText } from './action-name.ts';
import { useBranchTime } from '../../ui/use-branch-time.ts';

/** Read-only audit viewer: queue events with actor and reason, and admin actions. */
export default function AuditPage() {
  const { t } = useTranslation('admin');
  const fmt = useBranchTime();
  const api = useAdminApi();
  const { message } = App.useApp();
  const today = useAppStore((s) => s.floor.businessDate) ?? dayjs().format('YYYY-MM-DD');
  const [range, setRange] = useState<[string, string]>([today, today]);
  const [manualOnly, setManualOnly] = useState(true);
  const [filter, setFilter] = useState('');
  const { data, loading, reload } = useRemote(AUDIT_ROUTES.list, {
    query: { from: range[0], to: range[1], manualOnly: manualOnly ? 'true' : 'false' },
  });
  // The code stays beside the name for whoever searches the log by it.
  const actionName = (action: string) => auditActionName(t, action);
  const names = useConfigNames();
  // A counter by its configured name, a person or device by the name the server resolved; else the code itself.
  const targetName = (e: AuditEntry): string | null =>
    e.targetName ?? (e.target && names.counter(e.target) !== e.target ? names.counter(e.target) : null);
  const reasonText = (e: AuditEntry) => (e.reason === null ? null : auditReasonText(t, e.action, e.reason));
  const needle = filter.trim().toLowerCase();
  const rows = (data ?? []).filter(
    (e) =>
      needle === '' ||
      [e.action, actionName(e.action), e.actorName, e.target, targetName(e), e.reason, reasonText(e)].some((v) =>
        v?.toLowerCase().includes(needle),
      ),
  );

  const purge = async () => {
    const r = await api.call(AUDIT_ROUTES.purge, {});
    if (r.ok) {
      void message.success(
        t('audit.purged', {
          tickets: r.data.ticketIdentifiers,
          contacts: r.data.complaintContacts,
          phones: r.data.customerPhones,
        }),
      );
      reload();
    }
  };

  return (
    <div data-testid="audit-page">
      <div className="admin-toolbar">
        <span>{t('audit.range')}</span>
        <DatePicker.RangePicker
          allowClear={false}
          value={[dayjs(range[0]), dayjs(range[1])]}
          onChange={(v) =>
            v && v[0] && v[1] && setRange([(v[0] as Dayjs).format('YYYY-MM-DD'), (v[1] as Dayjs).format('YYYY-MM-DD')])
          }
        />
        <span>{t('audit.manualOnly')}</span>
        <Switch checked={manualOnly} onChange={setManualOnly} />
        <Input.Search
          allowClear
          placeholder={`${t('audit.actor')} / ${t('audit.action')} / ${t('audit.reason')}`}
          onChange={(e) => setFilter(e.target.value)}
          style={{ width: 280 }}
        />
        <span style={{ flex: 1 }} />
        <Popconfirm title={t('audit.purge')} onConfirm={() => void purge()}>
          <Button danger>{t('audit.purge')}</Button>
        </Popconfirm>
      </div>
      <Card size="small" title={t('audit.title')}>
        <Table<AuditEntry>
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={rows}
          pagination={{ pageSize: 50 }}
          data-testid="audit-table"
          columns={[
            {
              title: t('audit.at'),
              dataIndex: 'at',
              width: 170,
              render: (at: number) => <span data-testid="audit-at">{fmt(at, 'YYYY-MM-DD HH:mm:ss')}</span>,
            },
            {
              title: t('audit.source'),
              dataIndex: 'source',
              width: 100,
              render: (s: AuditEntry['source']) => (
                <Tag color={s === 'admin' ? 'purple' : 'blue'}>{t(`audit.sources.${s}`)}</Tag>
              ),
            },
            {
              title: t('audit.actor'),
              dataIndex: 'actorName',
              render: (n: string | null, e) => n ?? e.actorId ?? t('audit.system'),
            },
            {
              title: t('audit.action'),
              dataIndex: 'action',
              render: (action: string) => (
                <span data-testid="audit-action">
                  {actionName(action)}{' '}
                  <Typography.Text type="secondary" className="audit-action-code">
                    {action}
                  </Typography.Text>
                </span>
              ),
            },
            {
              title: t('audit.target'),
              dataIndex: 'target',
              render: (v: string | null, e) => {
                const name = targetName(e);
                if (v === null) return '—';
                if (name === null) return v;
                return (
                  <span data-testid="audit-target">
                    {name}{' '}
                    <Typography.Text type="secondary" className="audit-action-code">
                      {v}
                    </Typography.Text>
                  </span>
                );
              },
            },
            {
              title: t('audit.reason'),
              dataIndex: 'reason',
              render: (_: string | null, e) => <span data-testid="audit-reason">{reasonText(e) ?? '—'}</span>,
            },
          ]}
        />
      </Card>
    </div>
  );
}
