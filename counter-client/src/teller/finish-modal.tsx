import { useEffect, useMemo } from 'react';
import { Checkbox, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FINISH_OUTCOMES, type CounterStaffView, type FinishOutcome, type TicketStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useLabels } from '../ui/use-labels.ts';
import { KeyboardModal } from '../ui/keyboard-modal.tsx';

interface Props {
  open: boolean;
  ticket: TicketStaffView;
  counter: CounterStaffView;
  busy: boolean;
  onSubmit: (outcome: FinishOutcome, servedBusinessTypeIds: string[]) => void;
  onCancel: () => void;
}

interface Values {
  outcome: FinishOutcome;
  businessTypeIds: string[];
}

/** Outcome and the business types actually served (the ticket's own preselected; customers often do more). */
export function FinishModal({ open, ticket, counter, busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('teller');
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const businessTypes = useAppStore((s) => s.floor.config?.businessTypes);
  const outcome = Form.useWatch('outcome', form);
  const options = useMemo(() => {
    const lanes = new Set([ticket.laneId, ...counter.laneIds]);
    return (businessTypes ?? [])
      .filter((b) => (b.enabled && lanes.has(b.laneId)) || b.id === ticket.businessTypeId)
      .map((b) => ({ value: b.id, label: labels.text(b.name) }));
  }, [businessTypes, ticket.laneId, ticket.businessTypeId, counter.laneIds, labels]);

  useEffect(() => {
    if (open) form.setFieldsValue({ outcome: 'served', businessTypeIds: [ticket.businessTypeId] });
  }, [open, ticket.id, ticket.businessTypeId, form]);

  return (
    <KeyboardModal
      open={open}
      title={t('finish.title', { number: ticket.number })}
      okText={t('finish.submit')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={busy}
      destroyOnHidden
      width={560}
      data-testid="finish-modal"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => onSubmit(v.outcome, v.outcome === 'not_served' ? [] : v.businessTypeIds)}
        initialValues={{ outcome: 'served', businessTypeIds: [ticket.businessTypeId] }}
      >
        <Form.Item name="outcome" label={t('finish.outcome')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={FINISH_OUTCOMES.map((o) => ({ value: o, label: t(`finish.${o}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="businessTypeIds"
          label={t('finish.businessTypes')}
          rules={[
            {
              required: outcome !== 'not_served',
              type: 'array',
              min: outcome === 'not_served' ? 0 : 1,
              message: t('finish.businessRequired'),
            },
          ]}
        >
          <Checkbox.Group options={options} disabled={outcome === 'not_served'} className="business-checks" />
        </Form.Item>
      </Form>
    </KeyboardModal>
  );
}
