import { Card, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import { CalendarOutlined, CrownOutlined, HeartOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CounterStaffView, Redirect, TicketStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useLabels, type Labels } from '../ui/use-labels.ts';
import { useServerNow } from '../ui/use-server-now.ts';
import { splitDuration } from '../ui/duration.ts';
import type { TFunction } from 'i18next';
import { useBranchTime, type BranchTimeFormat } from '../ui/use-branch-time.ts';

/** The customer at the counter, with everything staff may see (VIP tier, priority group, history). */
export function CurrentTicketCard({ ticket, counter }: { ticket: TicketStaffView | null; counter: CounterStaffView }) {
  const { t } = useTranslation('teller');
  if (!ticket) {
    return (
      <Card className="ticket-card ticket-card-empty" data-testid="current-ticket-empty">
        <Empty
          description={
            <span>
              {t('ticket.none')}
              <br />
              {counter.status === 'open' ? t('ticket.noneHint') : null}
            </span>
          }
        />
      </Card>
    );
  }
  return <TicketDetails ticket={ticket} />;
}

function TicketDetails({ ticket }: { ticket: TicketStaffView }) {
  const { t } = useTranslation('teller');
  const fmt = useBranchTime();
  const labels = useLabels();
  const now = useServerNow();
  const businessType = useAppStore(
    (s) => s.floor.config?.businessTypes.find((b) => b.id === ticket.businessTypeId) ?? null,
  );
  const duration = (ms: number) => t('duration', splitDuration(ms));
  const waitedUntil = ticket.calledAt ?? now;

  return (
    <Card className={`ticket-card ticket-${ticket.status}`} data-testid="current-ticket" data-ticket-id={ticket.id}>
      <div className="ticket-head">
        <span className="ticket-number" data-testid="current-number">
          {ticket.number}
        </span>
        <Space orientation="vertical" size={4}>
          <Tag color={ticket.status === 'serving' ? 'blue' : 'gold'} className="ticket-status">
            {t(`state.${ticket.status === 'serving' ? 'serving' : 'called'}`)}
          </Tag>
          {ticket.recalls > 0 && <Tag color="volcano">{t('ticket.recalls', { count: ticket.recalls })}</Tag>}
        </Space>
        <Space wrap className="ticket-flags">
          {ticket.vipTierId && (
            <Tag icon={<CrownOutlined />} color="gold" className="flag-vip" data-testid="vip-tier">
              {t('ticket.vipTier')}：{labels.vipTier(ticket.vipTierId)}
            </Tag>
          )}
          {ticket.priorityGroupId && (
            <Tag icon={<HeartOutlined />} color="magenta" data-testid="priority-group">
              {t('ticket.priorityGroup')}：{labels.priorityGroup(ticket.priorityGroupId)}
            </Tag>
          )}
          {ticket.appointment && (
            <Tag
              icon={<CalendarOutlined />}
              color={ticket.appointment.onTime ? 'green' : 'orange'}
              data-testid="appointment-flag"
              data-on-time={ticket.appointment.onTime}
            >
              {t(ticket.appointment.onTime ? 'ticket.booked' : 'ticket.bookedLate', {
                time: fmt(ticket.appointment.slotStart, 'HH:mm'),
              })}
            </Tag>
          )}
          {(ticket.vipTierId || ticket.priorityGroupId) && (
            <Typography.Text type="secondary">（{t('ticket.staffOnly')}）</Typography.Text>
          )}
        </Space>
      </div>
      <Descriptions column={2} size="small" bordered className="ticket-facts">
        <Descriptions.Item label={t('ticket.lane')}>{labels.laneShort(ticket.laneId)}</Descriptions.Item>
        <Descriptions.Item label={t('ticket.business')}>
          <span data-testid="business-type">{labels.businessType(ticket.businessTypeId)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('ticket.issuedAt')}>
          <span data-testid="issued-at">{fmt(ticket.issuedAt, 'HH:mm:ss')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('ticket.waited')}>
          <span data-testid="waited">{duration(waitedUntil - ticket.issuedAt)}</span>
        </Descriptions.Item>
        {ticket.status === 'called' && ticket.calledAt !== null && (
          <Descriptions.Item label={t('ticket.sinceCall')} span={2}>
            {duration(now - ticket.calledAt)}
          </Descriptions.Item>
        )}
        {ticket.status === 'serving' && ticket.startedAt !== null && (
          <Descriptions.Item label={t('ticket.serviceTime')} span={2}>
            {duration(now - ticket.startedAt)}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('ticket.materials')} span={2}>
          <ul className="materials" data-testid="materials">
            {(businessType?.materials ?? []).map((m) => (
              <li key={m.zh}>{labels.text(m)}</li>
            ))}
          </ul>
        </Descriptions.Item>
      </Descriptions>
      {ticket.redirects.length > 0 && (
        <List
          className="ticket-redirects"
          size="small"
          header={<b>{t('ticket.redirects')}</b>}
          dataSource={ticket.redirects}
          renderItem={(r) => <List.Item data-testid="redirect">{describeRedirect(r, labels, t, fmt)}</List.Item>}
        />
      )}
      <List
        className="ticket-notes"
        size="small"
        header={<b>{t('ticket.notes')}</b>}
        locale={{ emptyText: t('ticket.noNotes') }}
        dataSource={ticket.notes}
        renderItem={(n) => (
          <List.Item data-testid="note">
            <Typography.Text type="secondary">{fmt(n.at, 'HH:mm')}</Typography.Text>&nbsp;{n.text}
          </List.Item>
        )}
      />
    </Card>
  );
}

function describeRedirect(r: Redirect, labels: Labels, t: TFunction<'teller'>, fmt: BranchTimeFormat): string {
  const from = r.fromCounterId ? labels.counter(r.fromCounterId) : labels.laneShort(r.fromLaneId);
  const to =
    r.to.kind === 'lane'
      ? t('ticket.toLane', { lane: labels.laneShort(r.to.laneId), position: t(`ticket.${r.to.position}`) })
      : t('ticket.toCounter', { counter: labels.counter(r.to.counterId) });
  return `${fmt(r.at, 'HH:mm')} ${t('ticket.from', { from })} → ${to}${r.note ? `：${r.note}` : ''}`;
}
