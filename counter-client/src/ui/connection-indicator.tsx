import { Badge, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LinkState as ConnectionState } from '@lobby/shared/realtime-client';
import { useAppStore } from '../store/app-store.ts';
import { useBranchTime } from './use-branch-time.ts';

const STATUS: Record<ConnectionState, 'success' | 'processing' | 'error' | 'warning'> = {
  connected: 'success',
  syncing: 'processing',
  connecting: 'warning',
  disconnected: 'error',
};

interface Props {
  state: ConnectionState;
  /** Local time of the last data received: shown while disconnected so staff know how old it is. */
  lastUpdateAt: number | null;
}

export function ConnectionIndicator({ state, lastUpdateAt }: Props) {
  const { t } = useTranslation('common');
  const fmt = useBranchTime();
  // lastUpdateAt is this PC's clock; the offset measured at the snapshot turns it into branch time.
  const offset = useAppStore((s) => s.floor.clockOffsetMs);
  const since = lastUpdateAt ? t('connection.since', { time: fmt(lastUpdateAt + offset, 'HH:mm:ss') }) : null;
  return (
    <Tooltip title={since}>
      <span
        className={`connection-indicator connection-${state}`}
        data-testid="connection-indicator"
        data-state={state}
      >
        <Badge status={STATUS[state]} text={t(`connection.${state}`)} />
        {state === 'disconnected' && since && <span className="connection-since"> · {since}</span>}
      </span>
    </Tooltip>
  );
}
