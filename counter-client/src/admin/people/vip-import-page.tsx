import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Table, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { VIP_ROUTES, type VipImportError, type VipImportResult } from '@lobby/shared';
import { useAdminApi, useRemote } from '../use-admin-api.ts';
import { useConfigNames } from '../use-names.ts';
import { useAppStore } from '../../store/app-store.ts';

/** VIP registry import: the whole file or nothing; bad rows listed by line. */
export default function VipImportPage() {
  const { t } = useTranslation('admin');
  const api = useAdminApi();
  const names = useConfigNames();
  const tiers = useAppStore((s) => s.floor.config?.vipTiers);
  const summary = useRemote(VIP_ROUTES.summary, {});
  const [replace, setReplace] = useState(false);
  const [result, setResult] = useState<VipImportResult | null>(null);
  const [errors, setErrors] = useState<VipImportError[]>([]);
  const [busy, setBusy] = useState(false);
  const tierName = (id: string) => {
    const tier = tiers?.find((x) => x.id === id);
    return tier ? names.text(tier.name) : id;
  };

  const importFile = async (file: File) => {
    setBusy(true);
    setResult(null);
    setErrors([]);
    const r = await api.call(
      VIP_ROUTES.import,
      { query: { mode: replace ? 'replace' : 'merge' }, body: file },
      { quiet: true },
    );
    setBusy(false);
    if (r.ok) {
      setResult(r.data);
      summary.reload();
    } else if (r.code === 'IMPORT_INVALID' && r.errors) setErrors(r.errors);
    else setErrors([{ line: 0, message: api.describe(r) }]);
  };

  return (
    <div data-testid="vip-import-page">
      <Card size="small" className="admin-card" title={t('vip.title')}>
        <Alert type="info" showIcon title={t('vip.hint')} className="admin-card" />
        <div className="admin-toolbar">
          <Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)}>
            {t('vip.replace')}
          </Checkbox>
          <Upload
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            showUploadList={false}
            beforeUpload={(file) => {
              void importFile(file);
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="vip-upload">
              {t('vip.choose')}
            </Button>
          </Upload>
        </div>
        {result && (
          <Alert
            type="success"
            showIcon
            title={t('vip.imported', { count: result.imported, total: result.total })}
            data-testid="vip-result"
          />
        )}
        {errors.length > 0 && (
          <>
            <Alert type="error" showIcon title={t('vip.errors', { count: errors.length })} className="admin-card" />
            <Table<VipImportError>
              size="small"
              rowKey={(e) => `${e.line}-${e.message}`}
              dataSource={errors}
              pagination={{ pageSize: 20 }}
              data-testid="vip-errors"
              columns={[
                { title: t('vip.line'), dataIndex: 'line', width: 100 },
                { title: t('vip.problem'), dataIndex: 'message' },
              ]}
            />
          </>
        )}
      </Card>
      <Card size="small" className="admin-card" title={t('vip.summary')}>
        <Table
          size="small"
          rowKey="tierId"
          pagination={false}
          dataSource={summary.data ?? []}
          columns={[
            { title: t('vip.tier'), dataIndex: 'tierId', render: (id: string) => tierName(id) },
            { title: t('vip.count'), dataIndex: 'count', align: 'right' },
          ]}
        />
      </Card>
    </div>
  );
}
