import { useMemo, useState } from 'react';
import { Alert, Form, Input, Modal, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CounterStaffView, TicketStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useLabels } from '../ui/use-labels.ts';
import { useServerNow } from '../ui/use-server-now.ts';
import { waitingTicketsFor } from './waiting-tickets.ts';
import { WaitingFlags } from './waiting-flags.tsx';

interface Props {
  open: boolean;
  counter: CounterStaffView;
  busy: boolean;
  onSubmit: (ticketId: string, reason: string) => void;
  onCancel: () => void;
}

/** Out-of-order call: pick from this counter's waiting tickets and say why (audited). */
export function CallTicketModal({ open, counter, busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('teller');
  const [form] = Form.useForm<{ reason: string }>();
  const [selected, setSelected] = useState<string | null>(null);
  const [pickError, setPickError] = useState(false);

  const close = () => {
    setSelected(null);
    setPickError(false);
    onCancel();
  };
  const submit = ({ reason }: { reason: string }) => {
    if (!selected) {
      setPickError(true);
      return;
    }
    onSubmit(selected, reason.trim());
  };

  return (
    <Modal
      open={open}
      title={t('callTicket.title')}
      okText={t('callTicket.submit')}
      onOk={() => form.submit()}
      onCancel={close}
      afterClose={() => setSelected(null)}
      confirmLoading={busy}
      destroyOnHidden
      width={720}
      data-testid="call-ticket-modal"
    >
      <Alert type="warning" showIcon title={t('callTicket.hint')} style={{ marginBottom: 12 }} />
      {open && (
        <WaitingTable counter={counter} selected={selected} onSelect={(id) => (setSelected(id), setPickError(false))} />
      )}
      {pickError && <Alert type="error" title={t('callTicket.pick')} style={{ marginTop: 8 }} />}
      <Form form={form} layout="vertical" onFinish={submit} style={{ marginTop: 12 }}>
        <Form.Item
          name="reason"
          label={t('callTicket.reason')}
          rules={[{ required: true, whitespace: true, message: t('callTicket.reasonRequired') }, { max: 200 }]}
        >
          <Input maxLength={200} data-testid="call-ticket-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function WaitingTable({
  counter,
  selected,
  onSelect,
}: {
  counter: CounterStaffView;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('teller');
  const labels = useLabels();
  const now = useServerNow(5000);
  const tickets = useAppStore((s) => s.floor.tickets);
  const waiting = useMemo(() => waitingTicketsFor(counter, tickets), [counter, tickets]);
  return (
    <Table<TicketStaffView>
      size="small"
      rowKey="id"
      dataSource={waiting}
      pagination={false}
      scroll={{ y: 300 }}
      locale={{ emptyText: t('callTicket.empty') }}
      rowSelection={{
        type: 'radio',
        selectedRowKeys: selected ? [selected] : [],
        onChange: (keys) => onSelect(String(keys[0])),
      }}
      onRow={(record) => ({ onClick: () => onSelect(record.id) })}
      columns={[
        { title: t('callTicket.number'), dataIndex: 'number', render: (n: string) => <b>{n}</b> },
        { title: t('ticket.business'), dataIndex: 'businessTypeId', render: (id: string) => labels.businessType(id) },
        {
          title: t('callTicket.waited'),
          key: 'waited',
          render: (_, r) => t('minutes', { count: Math.max(0, Math.floor((now - r.issuedAt) / 60_000)) }),
        },
        {
          title: t('callTicket.tags'),
          key: 'tags',
          render: (_, r) => <WaitingFlags ticket={r} counter={counter} />,
        },
      ]}
    />
  );
}
