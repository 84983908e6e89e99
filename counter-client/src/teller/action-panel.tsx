import { Button, Card } from 'antd';
import {
  CheckCircleOutlined,
  FieldTimeOutlined,
  NotificationOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
  SoundOutlined,
  StopOutlined,
  SwapOutlined,
  UnorderedListOutlined,
  UserDeleteOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounterStaffView, TicketStaffView } from '@lobby/shared';
import { ACTION_SHORTCUTS, recallsLeft, TELLER_ACTIONS, type TellerAction } from './action-rules.ts';

const ICONS: Record<TellerAction, ReactNode> = {
  callNext: <NotificationOutlined />,
  recall: <SoundOutlined />,
  start: <PlayCircleOutlined />,
  finish: <CheckCircleOutlined />,
  noShow: <UserDeleteOutlined />,
  suspend: <FieldTimeOutlined />,
  transfer: <SwapOutlined />,
  pause: <PauseCircleOutlined />,
  callTicket: <UnorderedListOutlined />,
};

interface Props {
  counter: CounterStaffView;
  ticket: TicketStaffView | null;
  recallLimit: number;
  allowed: Record<TellerAction, boolean>;
  busy: Record<TellerAction, boolean>;
  onAction: (action: TellerAction) => void;
}

/** One big button per action, its F-key printed on it; a pending command shows as loading (clicks ignored). */
export function ActionPanel({ counter, ticket, recallLimit, allowed, busy, onAction }: Props) {
  const { t } = useTranslation('teller');
  const label = (action: TellerAction): string => {
    if (action === 'recall') return t('action.recallLeft', { count: recallsLeft(ticket, recallLimit) });
    if (action === 'pause' && counter.status === 'paused') return t('action.resume');
    return t(`action.${action}`);
  };
  return (
    <Card className="action-panel">
      <div className="action-grid">
        {TELLER_ACTIONS.map((action) => (
          <Button
            key={action}
            size="large"
            type={action === 'callNext' || (action === 'pause' && counter.status === 'paused') ? 'primary' : 'default'}
            danger={action === 'noShow'}
            icon={action === 'pause' && counter.status === 'paused' ? <StopOutlined /> : ICONS[action]}
            disabled={!allowed[action]}
            loading={busy[action]}
            onClick={() => onAction(action)}
            className={`action-button action-${action}`}
            data-testid={`action-${action}`}
            title={t('shortcut', { key: ACTION_SHORTCUTS[action] })}
          >
            <span className="action-label">{label(action)}</span>
            <kbd className="action-key">{ACTION_SHORTCUTS[action]}</kbd>
          </Button>
        ))}
      </div>
    </Card>
  );
}
