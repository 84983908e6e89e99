import { useMemo } from 'react';
import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CounterStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useLabels } from '../ui/use-labels.ts';
import { useServerNow } from '../ui/use-server-now.ts';
import { waitingTicketsFor } from './waiting-tickets.ts';
import { WaitingFlags } from './waiting-flags.tsx';

/**
 * Who is waiting for this counter, beside the current customer: number, business, wait and
 * markers, so the teller sees the queue without opening F9 (which calls one out of order).
 */
export function WaitingPanel({ counter }: { counter: CounterStaffView }) {
  const { t } = useTranslation('teller');
  const labels = useLabels();
  const now = useServerNow(5000);
  const tickets = useAppStore((s) => s.floor.tickets);
  const waiting = useMemo(() => waitingTicketsFor(counter, tickets), [counter, tickets]);
  return (
    <Card
      size="small"
      className="waiting-panel"
      title={t('waiting.title', { count: waiting.length })}
      data-testid="waiting-panel"
    >
      {waiting.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('callTicket.empty')} />
      ) : (
        <ol className="waiting-list">
          {waiting.map((w) => (
            <li key={w.id} className="waiting-row" data-testid="waiting-row" data-number={w.number}>
              <b className="waiting-number">{w.number}</b>
              <span className="waiting-business">{labels.businessType(w.businessTypeId)}</span>
              <Typography.Text type="secondary" className="waiting-wait">
                {t('minutes', { count: Math.max(0, Math.floor((now - w.issuedAt) / 60_000)) })}
              </Typography.Text>
              <span className="waiting-flags">
                <WaitingFlags ticket={w} counter={counter} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
