import { useMemo } from 'react';
import { Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { VipRoomView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useLobbyCommand } from './use-lobby-command.ts';
import { useLocalized } from './use-localized.ts';
import { validFields } from '../ui/valid-fields.ts';

/** Page a teller or account manager to the room; they accept on their own client. */
export function VipPageDialog({ room, onClose }: { room: VipRoomView | null; onClose: () => void }) {
  const { t } = useTranslation('lobby');
  const tc = useTranslation('common').t;
  const text = useLocalized();
  const { staff, counters } = useAppStore(useShallow((s) => ({ staff: s.floor.staff, counters: s.floor.counters })));
  const run = useLobbyCommand();
  const [form] = Form.useForm<{ staffId: string }>();

  const options = useMemo(
    () =>
      staff.map((p) => {
        const at = Object.values(counters).find((c) => c.tellerId === p.id);
        return { value: p.id, label: `${p.name} · ${tc(`role.${p.role}`)}${at ? ` · ${text(at.name)}` : ''}` };
      }),
    [staff, counters, tc, text],
  );

  const submit = async () => {
    if (!room?.visit) return;
    const v = await validFields(form);
    if (!v) return;
    const done = await run('vipVisit:page', { visitId: room.visit.id, staffId: v.staffId });
    if (done) onClose();
  };

  return (
    <Modal
      open={room !== null}
      title={room ? t('vip.pageTitle', { room: text(room.name) }) : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="staffId" label={t('vip.staff')} rules={[{ required: true, message: t('vip.staffRequired') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={options} data-testid="vip-page-staff" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
