import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TLS_ROUTES } from '@lobby/shared';
import { useAreaResources } from '../../i18n/area-resources.ts';
import { useRemote } from '../use-admin-api.ts';
import { adminHttpsResources } from './i18n.ts';
import { useBranchTime } from '../../ui/use-branch-time.ts';

const DEVICES = ['windows', 'android', 'ios', 'linux'] as const;

/**
 * HTTPS as the admin sees it: on or off and for which names; the branch CA to trust on
 * kiosks, tablets and phones — its download, its SHA-256 fingerprint to compare on the
 * device, and the steps for each kind of device.
 */
export default function HttpsPage() {
  useAreaResources('adminHttps', adminHttpsResources);
  const { t } = useTranslation('adminHttps');
  const fmt = useBranchTime();
  const day = (ms: number) => fmt(ms, 'YYYY-MM-DD');
  const { data: s } = useRemote(TLS_ROUTES.status, {});
  if (!s) return null;
  const ca = s.branchCa;
  // The address a device types: this server by plain http (it does not trust https yet).
  const downloadUrl = ca ? `http://${window.location.host}${ca.path}` : '';
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="https-page">
      <Card size="small" title={t('status')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <div>
            <Tag data-testid="tls-state" data-enabled={String(s.enabled)} color={s.enabled ? 'green' : 'orange'}>
              {t(s.enabled ? 'on' : 'off')}
            </Tag>
          </div>
          {s.enabled ? (
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('names')}>
                <span data-testid="tls-names">
                  {s.names.map((n) => (
                    <Tag key={n}>{n}</Tag>
                  ))}
                </span>
              </Descriptions.Item>
              {s.validTo !== null && <Descriptions.Item label={t('certValidTo')}>{day(s.validTo)}</Descriptions.Item>}
            </Descriptions>
          ) : (
            <Typography.Text type="secondary">{t('offHint')}</Typography.Text>
          )}
        </Space>
      </Card>
      <Card size="small" title={t('caTitle')}>
        {ca ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button type="primary" href={ca.path} download="branch-ca.crt" data-testid="branch-ca-download">
              {t('download')}
            </Button>
            <Typography.Text type="secondary">{t('downloadHint', { url: downloadUrl })}</Typography.Text>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('subject')}>{ca.subject}</Descriptions.Item>
              <Descriptions.Item label={t('fingerprint')}>
                <Typography.Text code copyable data-testid="branch-ca-fingerprint" style={{ wordBreak: 'break-all' }}>
                  {ca.fingerprintSha256}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('caValidTo')}>{day(ca.validTo)}</Descriptions.Item>
            </Descriptions>
            <Alert type="info" showIcon message={t('fingerprintHint')} />
          </Space>
        ) : (
          <Alert data-testid="branch-ca-none" type="info" showIcon message={t('noCa')} />
        )}
      </Card>
      {ca && (
        <Card size="small" title={t('stepsTitle')}>
          <Descriptions size="small" column={1} bordered data-testid="branch-ca-steps">
            {DEVICES.map((d) => (
              <Descriptions.Item key={d} label={t(`steps.${d}.title`)}>
                {t(`steps.${d}.text`)}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      )}
    </Space>
  );
}
