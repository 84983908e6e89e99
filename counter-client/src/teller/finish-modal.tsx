import { useEffect, useMemo } from 'react';
import { Checkbox, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  FINISH_OUTCOMES,
  type CounterStaffView,
  type FinishOutcome,
  type FinishReason,
  type TicketStaffView,
} from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useLabels } from '../ui/use-labels.ts';
import { KeyboardModal } from '../ui/keyboard-modal.tsx';

interface Props {
  open: boolean;
  ticket: TicketStaffView;
  counter: CounterStaffView;
  busy: boolean;
  onSubmit: (outcome: FinishOutcome, servedBusinessTypeIds: string[], reason: FinishReason | null) => void;
  onCancel: () => void;
}

interface Values {
  outcome: FinishOutcome;
  businessTypeIds: string[];
  reasonId?: string;
  reasonNote?: string;
}

/**
 * Outcome and the business types actually served (the ticket's own preselected; customers
 * often do more). 部分办结 / 未办理 say why: one of the branch's reasons and/or a note.
 */
export function FinishModal({ open, ticket, counter, busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('teller');
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const businessTypes = useAppStore((s) => s.floor.config?.businessTypes);
  const reasons = useAppStore((s) => s.floor.config?.finishReasons);
  const outcome = Form.useWatch('outcome', form);
  const needsReason = outcome !== undefined && outcome !== 'served';
  const options = useMemo(() => {
    const lanes = new Set([ticket.laneId, ...counter.laneIds]);
    return (businessTypes ?? [])
      .filter((b) => (b.enabled && lanes.has(b.laneId)) || b.id === ticket.businessTypeId)
      .map((b) => ({ value: b.id, label: labels.text(b.name) }));
  }, [businessTypes, ticket.laneId, ticket.businessTypeId, counter.laneIds, labels]);

  useEffect(() => {
    if (open) form.setFieldsValue({ outcome: 'served', businessTypeIds: [ticket.businessTypeId] });
  }, [open, ticket.id, ticket.businessTypeId, form]);

  const submit = (v: Values) => {
    const reason = v.outcome === 'served' ? null : { reasonId: v.reasonId ?? null, note: (v.reasonNote ?? '').trim() };
    onSubmit(v.outcome, v.outcome === 'not_served' ? [] : v.businessTypeIds, reason);
  };

  return (
    <KeyboardModal
      open={open}
      title={t('finish.title', { number: ticket.number })}
      okText={t('finish.submit')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={busy}
      destroyOnHidden
      width={600}
      rootClassName="finish-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
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
        {needsReason && (
          <>
            <Form.Item name="reasonId" label={t('finish.reason')}>
              <Radio.Group
                className="finish-reasons"
                data-testid="finish-reasons"
                options={(reasons ?? []).map((r) => ({ value: r.id, label: labels.text(r.name) }))}
              />
            </Form.Item>
            <Form.Item
              name="reasonNote"
              label={t('finish.reasonNote')}
              dependencies={['reasonId']}
              rules={[
                { max: 500 },
                ({ getFieldValue }) => ({
                  validator: (_, v: string | undefined) =>
                    getFieldValue('reasonId') || (v ?? '').trim() !== ''
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('finish.reasonRequired'))),
                }),
              ]}
            >
              <Input maxLength={500} data-testid="finish-reason-note" />
            </Form.Item>
          </>
        )}
      </Form>
    </KeyboardModal>
  );
}
