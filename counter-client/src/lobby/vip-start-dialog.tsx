import { useMemo } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VipRoomView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useLobbyCommand } from './use-lobby-command.ts';
import { useLocalized } from './use-localized.ts';
import { validFields } from '../ui/valid-fields.ts';

const NONE = '__none__';

/** Start a visit in a room, optionally taking a ticket off the queue (VIP-lane tickets first). */
export function VipStartDialog({ room, onClose }: { room: VipRoomView | null; onClose: () => void }) {
  const { t } = useTranslation('lobby');
  const text = useLocalized();
  const tickets = useAppStore((s) => s.floor.tickets);
  const vipLaneId = useAppStore((s) => s.floor.config?.vipLaneId ?? null);
  const run = useLobbyCommand();
  const [form] = Form.useForm<{ ticketId: string; note: string }>();

  const options = useMemo(
    () =>
      Object.values(tickets)
        .filter((x) => x.status === 'waiting' || x.status === 'called' || x.status === 'suspended')
        .sort((a, b) => Number(b.laneId === vipLaneId) - Number(a.laneId === vipLaneId) || a.issuedAt - b.issuedAt)
        .map((x) => ({ value: x.id, label: `${x.number} · ${t(`tickets.status_.${x.status}`)}` })),
    [tickets, vipLaneId, t],
  );

  const submit = async () => {
    if (!room) return;
    const v = await validFields(form);
    if (!v) return;
    const done = await run('vipVisit:start', {
      roomId: room.id,
      ticketId: v.ticketId === NONE ? null : v.ticketId,
      note: (v.note ?? '').trim(),
    });
    if (done) onClose();
  };

  return (
    <Modal
      open={room !== null}
      title={room ? t('vip.startTitle', { room: text(room.name) }) : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ ticketId: NONE, note: '' }} preserve={false}>
        <Form.Item name="ticketId" label={t('vip.ticket')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="vip-start-ticket"
            options={[{ value: NONE, label: t('vip.noTicket') }, ...options]}
          />
        </Form.Item>
        <Form.Item name="note" label={t('note')}>
          <Input maxLength={200} data-testid="vip-start-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
