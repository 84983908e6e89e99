import { useMemo } from 'react';
import { Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { CounterStaffView, TicketStaffView, TransferTarget } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useLabels } from '../ui/use-labels.ts';

interface Props {
  open: boolean;
  ticket: TicketStaffView;
  counter: CounterStaffView;
  busy: boolean;
  onSubmit: (to: TransferTarget, note: string) => void;
  onCancel: () => void;
}

interface Values {
  kind: 'lane' | 'counter';
  laneId?: string;
  position: 'first' | 'last';
  counterId?: string;
  note: string;
}

/** 一票到底: the customer keeps the number; the redirect chain records this hop. */
export function TransferModal({ open, ticket, counter, busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('teller');
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'lane';
  const lanes = useAppStore((s) => s.floor.config?.lanes);
  const counters = useAppStore(useShallow((s) => Object.values(s.floor.counters).filter((c) => c.id !== counter.id)));
  const laneOptions = useMemo(
    () =>
      (lanes ?? [])
        .filter((l) => l.id !== ticket.laneId)
        .map((l) => ({ value: l.id, label: `${l.prefix} ${labels.text(l.name)}` })),
    [lanes, ticket.laneId, labels],
  );
  const counterOptions = [...counters]
    .sort((a, b) => a.number - b.number)
    .map((c) => ({
      value: c.id,
      label: `${labels.text(c.name)}${c.tellerName ? ` · ${c.tellerName}` : ''}${c.status !== 'open' ? ` (${t(`state.${c.status === 'paused' ? 'paused' : 'closed'}`, { reason: c.pauseReason ? t(`pause.${c.pauseReason}`) : '' })})` : ''}`,
    }));

  const submit = (v: Values) => {
    const note = (v.note ?? '').trim();
    if (v.kind === 'lane' && v.laneId) onSubmit({ kind: 'lane', laneId: v.laneId, position: v.position }, note);
    if (v.kind === 'counter' && v.counterId) onSubmit({ kind: 'counter', counterId: v.counterId }, note);
  };

  return (
    <Modal
      open={open}
      title={t('transfer.title', { number: ticket.number })}
      okText={t('transfer.submit')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={busy}
      destroyOnHidden
      data-testid="transfer-modal"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'lane', position: 'first', note: '' }}
      >
        <Form.Item name="kind" label={t('transfer.target')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'lane', label: t('transfer.toLane') },
              { value: 'counter', label: t('transfer.toCounter') },
            ]}
          />
        </Form.Item>
        {kind === 'lane' ? (
          <>
            <Form.Item
              name="laneId"
              label={t('transfer.lane')}
              rules={[{ required: true, message: t('transfer.laneRequired') }]}
            >
              <Select options={laneOptions} data-testid="transfer-lane" />
            </Form.Item>
            <Form.Item name="position" label={t('transfer.position')}>
              <Radio.Group
                options={[
                  { value: 'first', label: t('transfer.first') },
                  { value: 'last', label: t('transfer.last') },
                ]}
              />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="counterId"
            label={t('transfer.counter')}
            rules={[{ required: true, message: t('transfer.counterRequired') }]}
          >
            <Select options={counterOptions} data-testid="transfer-counter" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('transfer.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
