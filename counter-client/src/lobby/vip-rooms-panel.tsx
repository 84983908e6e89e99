import { useState } from 'react';
import { App, Button, Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VipRoomView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useLobbyCommand } from './use-lobby-command.ts';
import { useLocalized, useStaffName } from './use-localized.ts';
import { VipStartDialog } from './vip-start-dialog.tsx';
import { VipPageDialog } from './vip-page-dialog.tsx';
import { useBranchTime } from '../ui/use-branch-time.ts';

/** VIP rooms: free or occupied, who was paged, who accepted (live), and the visit's actions. */
export function VipRoomsPanel() {
  const { t } = useTranslation('lobby');
  const rooms = useAppStore((s) => s.floor.vipRooms);
  const [starting, setStarting] = useState<VipRoomView | null>(null);
  const [paging, setPaging] = useState<VipRoomView | null>(null);
  return (
    <Card size="small" title={t('vip.title')} data-testid="vip-rooms">
      <div className="lobby-stack">
        {rooms.map((room) => (
          <VipRoom key={room.id} room={room} onStart={() => setStarting(room)} onPage={() => setPaging(room)} />
        ))}
      </div>
      <VipStartDialog room={starting} onClose={() => setStarting(null)} />
      <VipPageDialog room={paging} onClose={() => setPaging(null)} />
    </Card>
  );
}

function VipRoom({ room, onStart, onPage }: { room: VipRoomView; onStart: () => void; onPage: () => void }) {
  const { t } = useTranslation('lobby');
  const fmt = useBranchTime();
  const text = useLocalized();
  const staffName = useStaffName();
  const tickets = useAppStore((s) => s.floor.tickets);
  const run = useLobbyCommand();
  const { modal } = App.useApp();
  const visit = room.visit;

  const finish = () => {
    if (!visit) return;
    void modal.confirm({
      title: t('vip.finishConfirm', { room: text(room.name) }),
      onOk: async () => {
        await run('vipVisit:finish', { visitId: visit.id });
      },
    });
  };

  return (
    <div className={`lobby-vip-room${visit ? ' lobby-vip-busy' : ''}`} data-testid={`vip-room-${room.id}`}>
      <Space size={6} wrap>
        <Typography.Text strong>{text(room.name)}</Typography.Text>
        <Tag color={visit ? 'gold' : 'green'}>{visit ? t('vip.occupied') : t('vip.free')}</Tag>
        {visit ? (
          <Tag
            color={visit.status === 'in_service' ? 'blue' : visit.status === 'paged' ? 'orange' : 'default'}
            data-testid={`vip-status-${room.id}`}
          >
            {t(`vip.status.${visit.status}`)}
          </Tag>
        ) : null}
      </Space>
      {visit ? (
        <div className="lobby-vip-detail">
          <Typography.Text type="secondary">
            {t('vip.startedAt', { time: fmt(visit.startedAt, 'HH:mm') })}
            {visit.ticketId && tickets[visit.ticketId] ? ` · ${tickets[visit.ticketId]!.number}` : ''}
            {visit.note ? ` · ${visit.note}` : ''}
          </Typography.Text>
          {visit.pagedStaffId && visit.status === 'paged' ? (
            <div>{t('vip.pagedTo', { name: staffName(visit.pagedStaffId) })}</div>
          ) : null}
          {visit.servingStaffId ? (
            <div data-testid={`vip-served-${room.id}`}>
              {t('vip.servedBy', { name: staffName(visit.servingStaffId) })}
              {visit.acceptedAt ? ` · ${t('vip.acceptedAt', { time: fmt(visit.acceptedAt, 'HH:mm:ss') })}` : ''}
            </div>
          ) : null}
        </div>
      ) : null}
      <Space size={4} className="lobby-vip-actions">
        {!visit ? (
          <Button size="small" type="primary" onClick={onStart} data-testid={`vip-start-${room.id}`}>
            {t('vip.start')}
          </Button>
        ) : (
          <>
            {visit.status !== 'in_service' ? (
              <Button size="small" onClick={onPage} data-testid={`vip-page-${room.id}`}>
                {t('vip.page')}
              </Button>
            ) : null}
            <Button size="small" onClick={finish} data-testid={`vip-finish-${room.id}`}>
              {t('vip.finish')}
            </Button>
          </>
        )}
      </Space>
    </div>
  );
}
