import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickText, type HqGridRow, type HqRegion } from '@lobby/shared';
import { apiCall } from '../api.ts';
import { useHq } from '../store.ts';

/** Admins: regions, branch registration (the key is shown once) and key rotation. */
export function BranchesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lang = useHq((s) => s.lang);
  const token = useHq((s) => s.session?.token ?? '');
  const regions = useHq((s) => s.regions);
  const rows = Object.values(useHq((s) => s.rows));
  const [key, setKey] = useState<{ branchId: string; key: string } | null>(null);
  const reloadRegions = async () => {
    const r = await apiCall<HqRegion[]>(token, 'GET', '/regions');
    if (r.ok) useHq.getState().setRegions(r.data);
  };
  const fail = (code: string) => void message.error(t(`errors.${code}`));

  return (
    <div data-testid="branches-page">
      <Space align="start" wrap>
        <Card size="small" title={t('branches.addRegion')}>
          <Form
            layout="inline"
            onFinish={async (v: { id: string; nameZh: string; nameEn: string }) => {
              const r = await apiCall(token, 'POST', '/admin/regions', v);
              if (r.ok) await reloadRegions();
              else fail(r.code);
            }}
          >
            <Form.Item name="id" rules={[{ required: true }]}>
              <Input placeholder={t('branches.id')} style={{ width: 100 }} />
            </Form.Item>
            <Form.Item name="nameZh" rules={[{ required: true }]}>
              <Input placeholder={t('branches.nameZh')} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="nameEn" rules={[{ required: true }]}>
              <Input placeholder={t('branches.nameEn')} style={{ width: 120 }} />
            </Form.Item>
            <Button htmlType="submit">{t('branches.addRegion')}</Button>
          </Form>
        </Card>
        <Card size="small" title={t('branches.addBranch')}>
          <Form
            layout="inline"
            onFinish={async (v: { id: string; regionId: string; nameZh: string; nameEn: string }) => {
              const r = await apiCall<{ branchId: string; key: string }>(token, 'POST', '/admin/branches', v);
              if (r.ok) {
                setKey(r.data);
                void message.success(t('branches.registered', { id: r.data.branchId }));
              } else fail(r.code);
            }}
          >
            <Form.Item name="id" rules={[{ required: true }]}>
              <Input placeholder={t('branches.id')} style={{ width: 110 }} data-testid="branch-id" />
            </Form.Item>
            <Form.Item name="regionId" rules={[{ required: true }]}>
              <Select
                placeholder={t('branches.region')}
                style={{ width: 130 }}
                data-testid="branch-region"
                options={regions.map((r) => ({ value: r.id, label: pickText(r.name, lang) }))}
              />
            </Form.Item>
            <Form.Item name="nameZh" rules={[{ required: true }]}>
              <Input placeholder={t('branches.nameZh')} style={{ width: 130 }} data-testid="branch-name-zh" />
            </Form.Item>
            <Form.Item name="nameEn" rules={[{ required: true }]}>
              <Input placeholder={t('branches.nameEn')} style={{ width: 130 }} data-testid="branch-name-en" />
            </Form.Item>
            <Button type="primary" htmlType="submit" data-testid="branch-register">
              {t('branches.addBranch')}
            </Button>
          </Form>
        </Card>
      </Space>
      <Table<HqGridRow>
        style={{ marginTop: 12 }}
        size="small"
        rowKey="branchId"
        dataSource={rows}
        pagination={{ pageSize: 50 }}
        columns={[
          { title: t('branches.id'), dataIndex: 'branchId' },
          { title: t('grid.branch'), key: 'n', render: (_, r) => pickText(r.name, lang) },
          { title: t('branches.region'), dataIndex: 'regionId' },
          {
            title: '',
            key: 'rotate',
            render: (_, r) => (
              <Button
                size="small"
                onClick={async () => {
                  const res = await apiCall<{ branchId: string; key: string }>(
                    token,
                    'POST',
                    `/admin/branches/${r.branchId}/rotate-key`,
                  );
                  if (res.ok) setKey(res.data);
                  else fail(res.code);
                }}
              >
                {t('branches.rotate')}
              </Button>
            ),
          },
        ]}
      />
      <Modal open={key !== null} onCancel={() => setKey(null)} onOk={() => setKey(null)} title={key?.branchId}>
        <p>{t('branches.key')}</p>
        <div className="hq-key" data-testid="branch-key">
          {key?.key}
        </div>
      </Modal>
    </div>
  );
}
