import { useState } from 'react';
import type { IssuedTicket } from '@lobby/shared';
import { Alert as AntAlert, Button, Space, Typography } from 'antd';
import { AlertOutlined, NotificationOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';
import { IssueTicketDialog } from './issue-ticket-dialog.tsx';
import { IssuedTicketDialog } from './issued-ticket-dialog.tsx';
import { BroadcastDialog } from './broadcast-dialog.tsx';
import { EmergencyDialog } from './emergency-dialog.tsx';
import { ServerClock } from './duration-text.tsx';
import { HallMessageBanner } from './hall-message-banner.tsx';
import { useBranchTime } from '../ui/use-branch-time.ts';

/** Title, clock, the floor-wide actions, and the emergency and hall-message banners while they are on. */
export function LobbyToolbar() {
  const { t } = useTranslation('lobby');
  const fmt = useBranchTime();
  const emergency = useAppStore((s) => s.floor.emergency);
  const [dialog, setDialog] = useState<'issue' | 'broadcast' | 'emergency' | null>(null);
  const close = () => setDialog(null);
  const [issued, setIssued] = useState<IssuedTicket | null>(null);
  return (
    <>
      {emergency.active ? (
        <AntAlert
          type="error"
          showIcon
          banner
          className="lobby-emergency-banner"
          data-testid="emergency-banner"
          title={t('header.emergencyBanner', {
            message: emergency.message,
            since: emergency.since ? fmt(emergency.since, 'HH:mm') : '',
          })}
        />
      ) : null}
      <HallMessageBanner />
      <div className="lobby-toolbar">
        <Space size="middle" align="baseline">
          <Typography.Title level={4} className="lobby-title">
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="lobby-clock">
            <ServerClock format={(now) => fmt(now, 'HH:mm:ss')} />
          </Typography.Text>
        </Space>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('issue')} data-testid="open-issue">
            {t('header.issue')}
          </Button>
          <Button icon={<NotificationOutlined />} onClick={() => setDialog('broadcast')} data-testid="open-broadcast">
            {t('header.broadcast')}
          </Button>
          <Button
            danger={!emergency.active}
            type={emergency.active ? 'default' : 'primary'}
            ghost={!emergency.active}
            icon={<AlertOutlined />}
            onClick={() => setDialog('emergency')}
            data-testid="open-emergency"
          >
            {emergency.active ? t('header.emergencyEnd') : t('header.emergencyStart')}
          </Button>
        </Space>
      </div>
      <IssueTicketDialog open={dialog === 'issue'} onClose={close} onIssued={setIssued} />
      <IssuedTicketDialog issued={issued} onClose={() => setIssued(null)} />
      <BroadcastDialog open={dialog === 'broadcast'} onClose={close} />
      <EmergencyDialog active={emergency.active} open={dialog === 'emergency'} onClose={close} />
    </>
  );
}
