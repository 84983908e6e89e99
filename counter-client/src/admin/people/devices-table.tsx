import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  DEVICE_KINDS,
  DEVICE_ROUTES,
  ticketQrBase,
  type AdminDevice,
  type ListedDevice,
  type PairedDevice,
  type RouteRequest,
} from '@lobby/shared';
import { useAdminApi, useRemote } from '../use-admin-api.ts';
import { useConfigNames } from '../use-names.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useBranchTime } from '../../ui/use-branch-time.ts';

/** Device pairing (token shown once), each device's last use, token rotation and revocation. */
export function DevicesTable() {
  const { t } = useTranslation('admin');
  const fmt = useBranchTime();
  const api = useAdminApi();
  const { modal, message } = App.useApp();
  const names = useConfigNames();
  const counters = useAppStore((s) => s.floor.config?.counters);
  const mobileBaseUrl = useAppStore((s) => s.floor.config?.branch.mobileBaseUrl);
  const { data, loading, reload } = useRemote(DEVICE_ROUTES.list, {});
  const [pairing, setPairing] = useState(false);
  const [paired, setPaired] = useState<{ result: PairedDevice; rotated: boolean } | null>(null);
  const [form] = Form.useForm<RouteRequest<typeof DEVICE_ROUTES.pair>['body']>();
  const kind = Form.useWatch('kind', form) as AdminDevice['kind'] | undefined;

  const revoke = (d: AdminDevice) =>
    modal.confirm({
      title: `${t('devices.revoke')} · ${d.name}`,
      content: t('devices.revokeConfirm'),
      okButtonProps: { danger: true },
      onOk: async () => {
        const r = await api.call(DEVICE_ROUTES.revoke, { params: { id: d.id }, body: {} });
        if (r.ok) {
          void message.success(t('common.done'));
          reload();
        }
      },
    });

  const rotate = (d: AdminDevice) =>
    modal.confirm({
      title: `${t('devices.rotate')} · ${d.name}`,
      content: t('devices.rotateConfirm'),
      okButtonProps: { danger: true },
      onOk: async () => {
        const r = await api.call(DEVICE_ROUTES.rotate, { params: { id: d.id }, body: {} });
        if (r.ok) {
          setPaired({ result: r.data, rotated: true });
          reload();
        }
      },
    });

  // Kiosks whose tickets carry no QR code: opened at an address no phone can open, and no public mobile address (19.13).
  const qrless = (data ?? []).filter(
    (d) =>
      d.kind === 'kiosk' &&
      d.revokedAt === null &&
      d.pageOrigin !== null &&
      ticketQrBase(mobileBaseUrl, d.pageOrigin) === null,
  );

  return (
    <>
      {qrless.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          className="admin-devices-qr-warning"
          data-testid="devices-qr-warning"
          message={t('devices.qrless', { count: qrless.length })}
          description={
            <>
              {qrless.map((d) => (
                <div key={d.id}>{t('devices.qrlessItem', { name: d.name, origin: d.pageOrigin })}</div>
              ))}
              <div>{t('devices.qrlessFix')}</div>
            </>
          }
        />
      ) : null}
      <div className="admin-toolbar">
        <Button type="primary" onClick={() => setPairing(true)} data-testid="device-pair">
          {t('devices.pair')}
        </Button>
      </div>
      <Table<ListedDevice>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        columns={[
          { title: t('devices.kind'), dataIndex: 'kind', render: (k: AdminDevice['kind']) => t(`devices.kinds.${k}`) },
          {
            title: t('devices.name'),
            dataIndex: 'name',
            render: (name: string, d) => (
              <>
                {name}
                {qrless.includes(d) ? (
                  <Tag color="orange" className="admin-device-noqr" data-testid={`device-noqr-${d.id}`}>
                    {t('devices.noQr')}
                  </Tag>
                ) : null}
              </>
            ),
          },
          {
            title: t('devices.counter'),
            dataIndex: 'counterId',
            render: (id: string | null) => (id ? names.counter(id) : '—'),
          },
          {
            title: t('devices.created'),
            dataIndex: 'createdAt',
            render: (at: number) => fmt(at, 'YYYY-MM-DD HH:mm'),
          },
          {
            title: t('devices.lastUsed'),
            dataIndex: 'lastUsedAt',
            render: (at: number | null) =>
              at === null ? (
                <Typography.Text type="secondary">{t('devices.neverUsed')}</Typography.Text>
              ) : (
                fmt(at, 'YYYY-MM-DD HH:mm')
              ),
          },
          {
            title: t('devices.status'),
            dataIndex: 'revokedAt',
            render: (at: number | null) =>
              at === null ? (
                <Tag color="green">{t('devices.active')}</Tag>
              ) : (
                <Tag>{t('devices.revoked', { at: fmt(at, 'YYYY-MM-DD HH:mm') })}</Tag>
              ),
          },
          {
            key: 'revoke',
            render: (_: unknown, d) =>
              d.revokedAt === null && (
                <Space size="small">
                  <Button size="small" onClick={() => rotate(d)} data-testid={`device-rotate-${d.id}`}>
                    {t('devices.rotate')}
                  </Button>
                  <Button size="small" danger onClick={() => revoke(d)}>
                    {t('devices.revoke')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={pairing}
        title={t('devices.pair')}
        onCancel={() => setPairing(false)}
        destroyOnHidden
        onOk={async () => {
          const values = await form.validateFields();
          const r = await api.call(DEVICE_ROUTES.pair, { body: values });
          if (r.ok) {
            setPairing(false);
            form.resetFields();
            setPaired({ result: r.data, rotated: false });
            reload();
          }
        }}
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'kiosk' }}>
          <Form.Item name="kind" label={t('devices.kind')}>
            <Select options={DEVICE_KINDS.map((k) => ({ value: k, label: t(`devices.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('devices.name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          {kind === 'evaluator' && (
            <Form.Item
              name="counterId"
              label={t('devices.counter')}
              rules={[{ required: true, message: t('devices.counterRequired') }]}
            >
              <Select options={(counters ?? []).map((c) => ({ value: c.id, label: names.text(c.name) }))} />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <Modal
        open={paired !== null}
        title={paired?.rotated ? t('devices.rotatedTitle') : t('devices.tokenTitle')}
        onCancel={() => setPaired(null)}
        onOk={() => setPaired(null)}
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        {paired && (
          <>
            <Typography.Paragraph
              copyable={{ text: `${window.location.origin}${paired.result.pairingPath}` }}
              className="token-box"
              data-testid="device-pairing-url"
            >
              {`${window.location.origin}${paired.result.pairingPath}`}
            </Typography.Paragraph>
            <Alert type="warning" showIcon title={t('devices.tokenOnce')} />
          </>
        )}
      </Modal>
    </>
  );
}
