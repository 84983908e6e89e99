import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Input, Popconfirm, Radio, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { REPLICATION_ROUTES, type ReplicationStatus } from '@lobby/shared';
import { useAreaResources } from '../../i18n/area-resources.ts';
import { useAdminApi, useRemote } from '../use-admin-api.ts';
import { adminHqResources } from './i18n.ts';
import { useBranchTime } from '../../ui/use-branch-time.ts';

/**
 * Replication to head office as the branch admin sees it: reached or not, what waits, the
 * alert when head office or the WAN has been down too long; and head office's catalogue —
 * adopted automatically or after confirming here.
 */
export default function HeadOfficePage() {
  useAreaResources('adminHq', adminHqResources);
  const { t } = useTranslation('adminHq');
  const fmt = useBranchTime();
  const at = (ms: number | null, never: string) => (ms === null ? never : fmt(ms, 'YYYY-MM-DD HH:mm:ss'));
  const api = useAdminApi();
  const { message } = App.useApp();
  const { data, reload } = useRemote(REPLICATION_ROUTES.status, {});
  const [status, setStatus] = useState<ReplicationStatus | null>(null);
  const [reason, setReason] = useState('');
  const s = status ?? data;
  if (!s) return null;
  const apply = (next: ReplicationStatus) => {
    setStatus(next);
    reload();
  };

  if (!s.configured) return <Alert data-testid="hq-not-configured" type="info" showIcon message={t('notConfigured')} />;
  const pending = s.catalogue.pending;
  return (
    <div data-testid="head-office-page">
      {s.alert && (
        <Alert
          data-testid="hq-alert"
          type={s.alert === 'hq_unreachable' ? 'warning' : 'error'}
          showIcon
          message={t(`alerts.${s.alert}`)}
          style={{ marginBottom: 12 }}
        />
      )}
      <Card
        size="small"
        title={t('title')}
        extra={
          <Button
            onClick={() => {
              setStatus(null);
              reload();
            }}
          >
            {t('common.refresh', { ns: 'admin' })}
          </Button>
        }
      >
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label={t('hqUrl')}>{s.hqUrl}</Descriptions.Item>
          <Descriptions.Item label={t('lastOk')}>{at(s.lastOkAt, t('never'))}</Descriptions.Item>
          <Descriptions.Item label={t('pending')}>
            <span data-testid="hq-pending">
              {t('pendingValue', { count: s.pending, kb: Math.ceil(s.pendingBytes / 1024) })}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('oldest')}>{at(s.oldestPendingAt, '—')}</Descriptions.Item>
          <Descriptions.Item label={t('acked')}>
            {s.ackedSeq} / {s.headSeq}
          </Descriptions.Item>
          <Descriptions.Item label={t('outbox')}>
            {Math.round(s.outboxBytes / 1024)} KB / {Math.round(s.outboxMaxBytes / 1024 / 1024)} MB
            {s.alert === 'backlog_full' ? ` · ${t('unprojected')} ${s.unprojected}` : ''}
          </Descriptions.Item>
          {s.lastError && (
            <Descriptions.Item label={t('lastError')} span={2}>
              {s.lastError} ({at(s.lastErrorAt, '—')})
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title={t('catalogue')} style={{ marginTop: 12 }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space>
            <span>{t('mode')}</span>
            <Radio.Group
              data-testid="hq-catalogue-mode"
              value={s.catalogue.mode}
              onChange={async (e) => {
                const r = await api.call(REPLICATION_ROUTES.setCatalogueMode, { body: { mode: e.target.value } });
                if (r.ok) apply(r.data);
              }}
              options={[
                { value: 'auto', label: t('modeAuto') },
                { value: 'confirm', label: t('modeConfirm') },
              ]}
            />
          </Space>
          <div>
            {t('adopted')}:{' '}
            <Tag data-testid="hq-catalogue-version">
              {s.catalogue.adoptedVersion === null ? '—' : `v${s.catalogue.adoptedVersion}`}
            </Tag>
          </div>
          {pending && (
            <Alert
              data-testid="hq-catalogue-pending"
              type="info"
              message={t('waiting', { version: pending.version })}
              description={
                <Space direction="vertical">
                  <span>
                    {t('waitingDetail', {
                      note: pending.note || '—',
                      lanes: pending.lanes,
                      types: pending.businessTypes,
                      at: fmt(pending.publishedAt, 'YYYY-MM-DD HH:mm'),
                    })}
                  </span>
                  <Space>
                    <Button
                      type="primary"
                      data-testid="hq-catalogue-confirm"
                      onClick={async () => {
                        const r = await api.call(REPLICATION_ROUTES.confirmCatalogue, {
                          body: { version: pending.version },
                        });
                        if (r.ok) {
                          void message.success(t('adoptedOk', { version: pending.version }));
                          apply(r.data);
                        } else reload();
                      }}
                    >
                      {t('confirm')}
                    </Button>
                    <Popconfirm
                      title={
                        <Input
                          placeholder={t('declineReason')}
                          value={reason}
                          onChange={(e) => setReason(e.target.value)}
                        />
                      }
                      onConfirm={async () => {
                        const r = await api.call(REPLICATION_ROUTES.declineCatalogue, {
                          body: { version: pending.version, reason: reason.trim() || t('decline') },
                        });
                        if (r.ok) apply(r.data);
                      }}
                    >
                      <Button>{t('decline')}</Button>
                    </Popconfirm>
                  </Space>
                </Space>
              }
            />
          )}
          {s.catalogue.lastDecision && (
            <div data-testid="hq-catalogue-decision">
              {t('lastDecision')}: v{s.catalogue.lastDecision.version}{' '}
              <Tag
                color={
                  s.catalogue.lastDecision.state === 'refused'
                    ? 'red'
                    : s.catalogue.lastDecision.state === 'adopted'
                      ? 'green'
                      : 'blue'
                }
              >
                {t(`states.${s.catalogue.lastDecision.state}`)}
              </Tag>
              {s.catalogue.lastDecision.reason}
            </div>
          )}
        </Space>
      </Card>
    </div>
  );
}
