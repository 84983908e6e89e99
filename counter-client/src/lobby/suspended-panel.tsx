import { useMemo } from 'react';
import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';
import { suspendNote, suspendedSince, ticketsForTab } from './floor-view.ts';
import { useTicketActions } from './use-ticket-actions.tsx';
import { useCounterLabel, useLocalized } from './use-localized.ts';
import { DurationText } from './duration-text.tsx';

/** Suspended customers (材料不全): who suspended them and why; resume to the lane front or the same counter. */
export function SuspendedPanel() {
  const { t } = useTranslation('lobby');
  const tickets = useAppStore((s) => s.floor.tickets);
  const openTicketDrawer = useAppStore((s) => s.openTicketDrawer);
  const rows = useMemo(() => ticketsForTab(tickets, 'suspended', null), [tickets]);
  const counterLabel = useCounterLabel();
  const text = useLocalized();
  const actions = useTicketActions();
  return (
    <Card size="small" title={`${t('tickets.tabs.suspended')} (${rows.length})`} data-testid="suspended-panel">
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tickets.empty')} />
      ) : (
        <div className="lobby-stack">
          {rows.map((r) => (
            <div key={r.id} className="lobby-suspended" data-testid={`suspended-${r.number}`}>
              <Space size={6} wrap>
                <Button type="link" size="small" className="lobby-ticket-number" onClick={() => openTicketDrawer(r.id)}>
                  {r.number}
                </Button>
                <Tag>
                  {t('tickets.suspendedBy')}: {counterLabel(r.suspendedByCounterId)}
                </Tag>
                <Typography.Text type="secondary">
                  <DurationText since={suspendedSince(r)} />
                </Typography.Text>
              </Space>
              {r.suspension && r.suspension.missingMaterials.length > 0 && (
                <Space size={4} wrap className="lobby-suspend-materials" data-testid={`missing-${r.number}`}>
                  <Typography.Text type="secondary">{t('tickets.missing')}</Typography.Text>
                  {r.suspension.missingMaterials.map((m) => (
                    <Tag key={m.zh} color="orange">
                      {text(m)}
                    </Tag>
                  ))}
                </Space>
              )}
              <Typography.Paragraph className="lobby-suspend-note" ellipsis={{ rows: 2 }}>
                {(r.suspension ? r.suspension.note : suspendNote(r)) || (r.suspension ? '' : '—')}
              </Typography.Paragraph>
              <Space size={4} wrap>
                <Button
                  size="small"
                  type="primary"
                  onClick={() => actions.resumeFront(r)}
                  data-testid={`resume-front-${r.number}`}
                >
                  {t('tickets.resumeFront')}
                </Button>
                <Button
                  size="small"
                  disabled={r.suspendedByCounterId === null}
                  onClick={() => actions.resumePinned(r)}
                  data-testid={`resume-pinned-${r.number}`}
                >
                  {t('tickets.resumePinned')}
                </Button>
                <Button size="small" danger onClick={() => actions.cancel(r)} data-testid={`cancel-${r.number}`}>
                  {t('tickets.cancel')}
                </Button>
              </Space>
            </div>
          ))}
        </div>
      )}
      {actions.dialogs}
    </Card>
  );
}
