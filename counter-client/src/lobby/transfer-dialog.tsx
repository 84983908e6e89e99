import { Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { transferTargets } from './floor-view.ts';
import { useLobbyCommand } from './use-lobby-command.ts';
import { useLocalized } from './use-localized.ts';
import { validFields } from '../ui/valid-fields.ts';

/** Move a waiting ticket to another lane, to its front or back (same number: 一票到底). */
export function TransferDialog({ ticket, onClose }: { ticket: TicketStaffView | null; onClose: () => void }) {
  const { t } = useTranslation('lobby');
  const text = useLocalized();
  const config = useAppStore((s) => s.floor.config);
  const run = useLobbyCommand();
  const [form] = Form.useForm<{ laneId: string; position: 'first' | 'last'; note: string }>();

  const submit = async () => {
    if (!ticket) return;
    const v = await validFields(form);
    if (!v) return;
    const done = await run('ticket:transfer', {
      ticketId: ticket.id,
      to: { kind: 'lane', laneId: v.laneId, position: v.position },
      note: (v.note ?? '').trim(),
    });
    if (done) onClose();
  };

  const targets = ticket ? transferTargets(config, ticket.laneId) : [];
  return (
    <Modal
      open={ticket !== null}
      title={ticket ? t('transfer.title', { number: ticket.number }) : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ position: 'last', note: '' }} preserve={false}>
        <Form.Item
          name="laneId"
          label={t('transfer.lane')}
          rules={[{ required: true, message: t('transfer.sameLane') }]}
        >
          <Select
            data-testid="transfer-lane"
            options={targets.map((id) => {
              const lane = config?.lanes.find((l) => l.id === id);
              return { value: id, label: `${lane?.prefix ?? id} · ${text(lane?.name, id)}` };
            })}
          />
        </Form.Item>
        <Form.Item name="position" label={t('transfer.position')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'first', label: t('transfer.first') },
              { value: 'last', label: t('transfer.last') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('reason')}
          rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}
        >
          <Input maxLength={200} placeholder={t('reasonPlaceholder')} data-testid="transfer-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
