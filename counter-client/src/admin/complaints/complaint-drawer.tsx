import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Empty, Input, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_ROUTES, type ComplaintAction } from '@lobby/shared';
import { useAppStore } from '../../store/app-store.ts';
import { useAdminApi, useRemote } from '../use-admin-api.ts';
import { useConfigNames } from '../use-names.ts';
import { auditActionName, auditReasonText } from '../audit/action-name.ts';
import { nextActions } from './complaint-next-actions.ts';
import { useBranchTime } from '../../ui/use-branch-time.ts';

/** One complaint: its fields, clocks, handling record, the linked ticket's timeline, next step. */
export function ComplaintDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation('admin');
  const fmt = useBranchTime();
  const api = useAdminApi();
  const { message } = App.useApp();
  const names = useConfigNames();
  const staff = useAppStore((s) => s.floor.staff);
  const { data, reload } = useRemote(COMPLAINT_ROUTES.detail, id ? { params: { id } } : null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const who = (sid: string | null) => (sid ? (staff.find((s) => s.id === sid)?.name ?? sid) : '—');
  const time = (at: number | null) => (at ? fmt(at, 'YYYY-MM-DD HH:mm') : '—');

  const act = async (action: ComplaintAction) => {
    if (!id || note.trim() === '') {
      void message.warning(t('complaints.note'));
      return;
    }
    setBusy(true);
    const r = await api.call(COMPLAINT_ROUTES.act, { params: { id }, body: { action, note } });
    setBusy(false);
    if (r.ok) {
      setNote('');
      reload();
      onChanged();
    }
  };

  const c = data?.complaint;
  return (
    <Drawer open={id !== null} onClose={onClose} size={720} title={t('common.details')} destroyOnHidden>
      {c && data && (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Tag color="blue">{t(`complaints.statuses.${c.status}`)}</Tag>
            <Tag>{t(`complaints.severities.${c.severity}`)}</Tag>
            {data.overdue.map((o) => (
              <Tag color="red" key={o}>
                {t(`complaints.clocks.${o}`)}
              </Tag>
            ))}
          </Space>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('complaints.receivedDate')}>{time(c.receivedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('complaints.source')}>{t(`complaints.sources.${c.source}`)}</Descriptions.Item>
            <Descriptions.Item label={t('complaints.category')}>
              {t(`complaints.categories.${c.category}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints.owner')}>{who(c.ownerId)}</Descriptions.Item>
            <Descriptions.Item label={t('complaints.teller')}>{who(c.tellerId)}</Descriptions.Item>
            <Descriptions.Item label={t('complaints.contactName')}>
              {c.contactPurgedAt ? t('complaints.purged') : `${c.contactName ?? '—'} ${c.contactPhone ?? ''}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints.firstResponseDue')}>{c.firstResponseDue}</Descriptions.Item>
            <Descriptions.Item label={t('complaints.handlingDue')}>{c.handlingDue}</Descriptions.Item>
            <Descriptions.Item label={t('complaints.writtenResultDue')}>{c.writtenResultDue ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('complaints.resolution')}>{c.resolution || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('complaints.summary')} span={2}>
              {c.summary}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints.demand')} span={2}>
              {c.demand || '—'}
            </Descriptions.Item>
          </Descriptions>
          {nextActions(c.status, c.writtenResultAt).length > 0 && (
            <Space.Compact style={{ width: '100%', margin: '12px 0' }}>
              <Input
                placeholder={t('complaints.note')}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                data-testid="complaint-note"
              />
              {nextActions(c.status, c.writtenResultAt).map((a) => (
                <Button
                  key={a}
                  type="primary"
                  loading={busy}
                  onClick={() => void act(a)}
                  data-testid={`complaint-action-${a}`}
                >
                  {t(`complaints.actions.${a}`)}
                </Button>
              ))}
            </Space.Compact>
          )}
          <Typography.Title level={5}>{t('complaints.history')}</Typography.Title>
          <Timeline
            items={data.history.map((h) => ({
              key: h.id,
              children: `${time(h.at)} · ${t(`complaints.actions.${h.action}`, { defaultValue: h.action })} · ${who(h.actorId)} · ${h.note}`,
            }))}
          />
          <Typography.Title level={5}>{t('complaints.timeline')}</Typography.Title>
          {data.ticketTimeline.length === 0 ? (
            <Empty description={t('complaints.noTicket')} />
          ) : (
            <Timeline
              items={data.ticketTimeline.map((e) => {
                // Who the step is credited to (or who did it: a kiosk by its name), and the presser when it was another person.
                const credited = e.staffName ?? e.actorName ?? who(e.staffId ?? e.actorId);
                const presser =
                  e.staffId && e.actorId && e.actorId !== e.staffId && staff.some((s) => s.id === e.actorId)
                    ? ` (${t('complaints.pressedBy', { name: e.actorName ?? who(e.actorId) })})`
                    : '';
                return {
                  key: e.seq,
                  children: [
                    fmt(e.at, 'HH:mm:ss'),
                    auditActionName(t, e.type),
                    e.counterId ? names.counter(e.counterId) : null,
                    `${credited}${presser}`,
                    e.reason ? auditReasonText(t, e.type, e.reason) : null,
                  ]
                    .filter((x) => x !== null)
                    .join(' · '),
                };
              })}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
