import { Badge, Button, Card, Empty, Tag, Typography } from 'antd';
import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Alert, AlertKind } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useLobbyCommand } from './use-lobby-command.ts';
import { useLocalized, useStaffName } from './use-localized.ts';
import { useBranchTime } from '../ui/use-branch-time.ts';

const KIND_COLOURS: Record<AlertKind, string> = {
  wait_over_target: 'red',
  counter_idle: 'orange',
  called_not_arrived: 'gold',
  predicted_over_target: 'volcano',
  counter_offline: 'red',
  complaint_overdue: 'purple',
  vip_lookup_burst: 'magenta',
};

/** The server's alert list (same on every tablet); acknowledging is audited with who and when. */
export function AlertsPanel() {
  const { t } = useTranslation('lobby');
  const alerts = useAppStore((s) => s.floor.alerts);
  const open = alerts.filter((a) => a.acknowledgedBy === null).length;
  return (
    <Card
      size="small"
      data-testid="alerts-panel"
      title={
        <span>
          <BellOutlined /> {t('alerts.title')} <Badge count={open} />
        </span>
      }
    >
      {alerts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('alerts.empty')} />
      ) : (
        <div className="lobby-stack">
          {alerts.map((a) => (
            <AlertItem key={a.id} alert={a} />
          ))}
        </div>
      )}
    </Card>
  );
}

function AlertItem({ alert }: { alert: Alert }) {
  const { t } = useTranslation('lobby');
  const fmt = useBranchTime();
  const text = useLocalized();
  const staffName = useStaffName();
  const openTicketDrawer = useAppStore((s) => s.openTicketDrawer);
  const run = useLobbyCommand();
  const acked = alert.acknowledgedBy !== null;
  return (
    <div
      className={`lobby-alert${acked ? ' lobby-alert-acked' : ''}`}
      data-testid={`alert-${alert.kind}`}
      data-alert-id={alert.id}
    >
      <div className="lobby-alert-head">
        <Tag color={acked ? 'default' : KIND_COLOURS[alert.kind]}>{t(`alerts.kind.${alert.kind}`)}</Tag>
        <Typography.Text type="secondary" className="lobby-alert-time">
          {t('alerts.raisedAt', { time: fmt(alert.raisedAt, 'HH:mm:ss') })}
        </Typography.Text>
      </div>
      <Typography.Text
        className="lobby-alert-message"
        onClick={alert.ticketId ? () => openTicketDrawer(alert.ticketId!) : undefined}
      >
        {text(alert.message)}
      </Typography.Text>
      {alert.suggestion ? (
        <Typography.Text strong className="lobby-alert-suggestion" data-testid="alert-suggestion">
          {t('alerts.suggestion', { text: text(alert.suggestion) })}
        </Typography.Text>
      ) : null}
      <div className="lobby-alert-foot">
        {acked ? (
          <Typography.Text type="secondary">
            <CheckOutlined />{' '}
            {t('alerts.acknowledged', {
              name: staffName(alert.acknowledgedBy),
              time: fmt(alert.acknowledgedAt ?? 0, 'HH:mm:ss'),
            })}
          </Typography.Text>
        ) : alert.kind === 'complaint_overdue' ? null /* handled in Admin → Complaints, not acknowledged here */ : (
          <Button
            size="small"
            onClick={() => void run('alert:acknowledge', { alertId: alert.id }, { success: false })}
            data-testid="alert-acknowledge"
          >
            {t('alerts.acknowledge')}
          </Button>
        )}
      </div>
    </div>
  );
}
