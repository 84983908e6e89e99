import { useEffect } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useLobbyCommand } from './use-lobby-command.ts';
import { useLocalized } from './use-localized.ts';
import { validFields } from '../ui/valid-fields.ts';

const NONE = '__none__';

/** Add or remove a priority group (老年人, 残障人士…): staff-visible only, audited with a reason. */
export function PriorityDialog({ ticket, onClose }: { ticket: TicketStaffView | null; onClose: () => void }) {
  const { t } = useTranslation('lobby');
  const text = useLocalized();
  const groups = useAppStore((s) => s.floor.config?.priorityGroups);
  const run = useLobbyCommand();
  const [form] = Form.useForm<{ group: string; reason: string }>();

  useEffect(() => {
    if (ticket) form.setFieldsValue({ group: ticket.priorityGroupId ?? NONE, reason: '' });
  }, [ticket, form]);

  const submit = async () => {
    if (!ticket) return;
    const v = await validFields(form);
    if (!v) return;
    const done = await run('ticket:setPriority', {
      ticketId: ticket.id,
      priorityGroupId: v.group === NONE ? null : v.group,
      reason: v.reason.trim(),
    });
    if (done) onClose();
  };

  return (
    <Modal
      open={ticket !== null}
      title={ticket ? t('priority.title', { number: ticket.number }) : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      forceRender
    >
      <Form form={form} layout="vertical">
        <Form.Item name="group" label={t('priority.group')}>
          <Select
            options={[
              { value: NONE, label: t('priority.noneOption') },
              ...(groups ?? []).map((g) => ({ value: g.id, label: text(g.name) })),
            ]}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}
        >
          <Input maxLength={200} placeholder={t('reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
