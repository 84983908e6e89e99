import { Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IssuedTicket } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useLobbyCommand } from './use-lobby-command.ts';
import { useLocalized } from './use-localized.ts';
import { validFields } from '../ui/valid-fields.ts';

interface Values {
  laneId: string;
  businessTypeId: string;
  priorityGroupId: string;
  vipIdentifier: string;
}

const NONE = '__none__';
const VIP_PATTERN = /^[0-9 -]{4,40}$/;

/** The kiosk's flow for a customer who needs help: lane → business (with materials) → priority → optional VIP card/phone. */
export function IssueTicketDialog({
  open,
  onClose,
  onIssued,
}: {
  open: boolean;
  onClose: () => void;
  /** The ticket for the customer to take away (IssuedTicketDialog). */
  onIssued: (issued: IssuedTicket) => void;
}) {
  const { t } = useTranslation('lobby');
  const text = useLocalized();
  const config = useAppStore((s) => s.floor.config);
  const run = useLobbyCommand();
  const [form] = Form.useForm<Values>();
  const laneId = Form.useWatch('laneId', form);
  const businessTypeId = Form.useWatch('businessTypeId', form);
  const business = config?.businessTypes.find((b) => b.id === businessTypeId);

  // Every customer starts from an empty form: a previous customer's choices must not carry over.
  const cancel = () => {
    form.resetFields();
    onClose();
  };

  const submit = async () => {
    const v = await validFields(form);
    if (!v) return;
    const vip = (v.vipIdentifier ?? '').trim();
    const issued = await run(
      'ticket:issue',
      {
        laneId: v.laneId,
        businessTypeId: v.businessTypeId,
        priorityGroupId: v.priorityGroupId === NONE ? null : v.priorityGroupId,
        vipIdentifier: vip === '' ? null : vip,
      },
      { success: false },
    );
    if (!issued) return;
    onIssued(issued);
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('issue.title')}
      onCancel={cancel}
      onOk={() => void submit()}
      okText={t('issue.submit')}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ priorityGroupId: NONE, vipIdentifier: '' }}>
        <Form.Item name="laneId" label={t('issue.lane')} rules={[{ required: true, message: t('issue.laneRequired') }]}>
          <Select
            data-testid="issue-lane"
            onChange={() => form.setFieldValue('businessTypeId', undefined)}
            options={(config?.lanes ?? []).map((l) => ({ value: l.id, label: `${l.prefix} · ${text(l.name)}` }))}
          />
        </Form.Item>
        <Form.Item
          name="businessTypeId"
          label={t('issue.business')}
          rules={[{ required: true, message: t('issue.businessRequired') }]}
        >
          <Select
            data-testid="issue-business"
            disabled={!laneId}
            options={(config?.businessTypes ?? [])
              .filter((b) => b.laneId === laneId && b.enabled)
              .map((b) => ({ value: b.id, label: text(b.name) }))}
          />
        </Form.Item>
        {business && business.materials.length > 0 ? (
          <div className="lobby-materials" data-testid="issue-materials">
            <Typography.Text type="secondary">{t('issue.materials')}</Typography.Text>
            <ul>
              {business.materials.map((m, i) => (
                <li key={i}>{text(m)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <Form.Item name="priorityGroupId" label={t('issue.priorityGroup')}>
          <Select
            data-testid="issue-priority"
            options={[
              { value: NONE, label: t('issue.noPriority') },
              ...(config?.priorityGroups ?? []).map((g) => ({ value: g.id, label: text(g.name) })),
            ]}
          />
        </Form.Item>
        <Form.Item
          name="vipIdentifier"
          label={t('issue.vip')}
          rules={[
            {
              validator: async (_, v: string | undefined) => {
                if (v && v.trim() !== '' && !VIP_PATTERN.test(v.trim())) throw new Error(t('issue.vipInvalid'));
              },
            },
          ]}
        >
          <Input inputMode="numeric" autoComplete="off" maxLength={40} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
