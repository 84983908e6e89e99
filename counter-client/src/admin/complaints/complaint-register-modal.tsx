import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_ROUTES,
  COMPLAINT_SEVERITIES,
  COMPLAINT_SOURCES,
  type Complaint,
  type ComplaintCreateInput,
} from '@lobby/shared';
import { useAppStore } from '../../store/app-store.ts';
import { useAdminApi } from '../use-admin-api.ts';

/** Registers a complaint; the linked ticket is given by its printed number and date. */
export function ComplaintRegisterModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (c: Complaint) => void;
}) {
  const { t } = useTranslation('admin');
  const api = useAdminApi();
  const { message } = App.useApp();
  const staff = useAppStore((s) => s.floor.staff);
  const businessDate = useAppStore((s) => s.floor.businessDate);
  const [form] = Form.useForm();
  const options = (list: readonly string[], group: string) =>
    list.map((v) => ({ value: v, label: t(`complaints.${group}.${v}`) }));

  const submit = async () => {
    const v = (await form.validateFields()) as Omit<ComplaintCreateInput, 'ticketDate'> & { ticketDate?: Dayjs };
    const r = await api.call(COMPLAINT_ROUTES.register, {
      body: {
        ...v,
        ticketNumber: v.ticketNumber || null,
        ticketDate: v.ticketDate ? v.ticketDate.format('YYYY-MM-DD') : null,
        tellerId: v.tellerId ?? null,
      },
    });
    if (r.ok) {
      void message.success(t('common.done'));
      form.resetFields();
      onCreated(r.data);
    }
  };

  return (
    <Modal
      open={open}
      title={t('complaints.register')}
      onCancel={onClose}
      onOk={() => void submit()}
      width={640}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          source: 'counter',
          category: 'attitude',
          severity: 'minor',
          ticketDate: dayjs(businessDate ?? undefined),
        }}
      >
        <div className="admin-grid-2">
          <Form.Item name="source" label={t('complaints.source')}>
            <Select options={options(COMPLAINT_SOURCES, 'sources')} />
          </Form.Item>
          <Form.Item name="category" label={t('complaints.category')}>
            <Select options={options(COMPLAINT_CATEGORIES, 'categories')} />
          </Form.Item>
          <Form.Item name="severity" label={t('complaints.severity')}>
            <Select options={options(COMPLAINT_SEVERITIES, 'severities')} />
          </Form.Item>
          <Form.Item name="tellerId" label={t('complaints.teller')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={staff.map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
          <Form.Item name="ticketNumber" label={t('complaints.ticketNumber')}>
            <Input placeholder="A001" />
          </Form.Item>
          <Form.Item name="ticketDate" label={t('complaints.ticketDate')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="contactName" label={t('complaints.contactName')}>
            <Input />
          </Form.Item>
          <Form.Item name="contactPhone" label={t('complaints.contactPhone')}>
            <Input />
          </Form.Item>
        </div>
        <Form.Item name="summary" label={t('complaints.summary')} rules={[{ required: true }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
        <Form.Item name="demand" label={t('complaints.demand')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
