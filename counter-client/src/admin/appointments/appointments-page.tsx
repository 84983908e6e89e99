import { useMemo } from 'react';
import { App, Button, Card, Checkbox, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { BranchConfigSchema, type BranchConfig, type FieldIssue } from '@lobby/shared';
import { useAreaResources } from '../../i18n/area-resources.ts';
import { formPathOf } from '../config/config-form-model.ts';
import { ConfigPageHeader } from '../config/config-page-header.tsx';
import { useConfigDraft } from '../config/use-config-draft.ts';
import { adminAppointmentsResources } from './i18n.ts';

/** The three sections of the branch configuration this page edits; the rest is saved as loaded. */
type Sections = Pick<BranchConfig, 'appointments' | 'remoteQueue' | 'reminders'>;
const SECTIONS = new Set(['appointments', 'remoteQueue', 'reminders']);
const TIME_RULE = { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: 'HH:MM' };

function sectionsOf(c: BranchConfig): Sections {
  return { appointments: c.appointments, remoteQueue: c.remoteQueue, reminders: c.reminders };
}

/**
 * Appointments (预约), tickets from the phone (手机取号) and reminders (到号提醒): per business
 * type its bookable slots, the on-time head start and check-in window, the lanes open to
 * the phone with their limit and grace, and the reminder's N ahead. Saved through the
 * configuration route as a new version, applied live; field issues (the shared schema's,
 * then the server's) appear on their fields.
 */
export default function AppointmentsPage() {
  useAreaResources('adminAppointments', adminAppointmentsResources);
  const { t, i18n } = useTranslation('adminAppointments');
  const { t: tAdmin } = useTranslation('admin');
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const [form] = Form.useForm<Sections>();
  const draft = useConfigDraft((version) => t('saved', { version }));
  const { base, formKey } = draft;

  const options = useMemo(() => {
    if (!base) return null;
    const restricted = new Set(base.lanes.filter((l) => l.restricted || l.id === base.vipLaneId).map((l) => l.id));
    const names = tAdmin('config.weekdays', { returnObjects: true }) as string[];
    return {
      businessTypes: base.businessTypes
        .filter((b) => !restricted.has(b.laneId))
        .map((b) => ({ value: b.id, label: b.name[lang] || b.name.zh })),
      lanes: base.lanes
        .filter((l) => !restricted.has(l.id))
        .map((l) => ({ value: l.id, label: `${l.prefix} ${l.name[lang] || l.name.zh}` })),
      weekdays: base.hours.weekdays.map((d) => ({ value: d, label: names[d - 1] ?? String(d) })),
      workingDays: base.hours.weekdays.map((d) => names[d - 1]).join(lang === 'en' ? ', ' : '、'),
    };
  }, [base, lang, tAdmin]);

  const showIssues = (issues: readonly FieldIssue[]) => {
    const fields = issues
      .filter((i) => SECTIONS.has(i.path.split('.')[0] ?? ''))
      .map((i) => ({ name: formPathOf(i.path), errors: [i.message] }));
    draft.setGeneral(issues.filter((i) => !SECTIONS.has(i.path.split('.')[0] ?? '') || formPathOf(i.path).length < 2));
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
    void message.error(t('invalid', { count: issues.length }));
  };

  const save = async () => {
    if (!base) return;
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const parsed = BranchConfigSchema.safeParse({ ...base, ...form.getFieldsValue(true) });
    if (!parsed.success)
      return showIssues(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    await draft.save(parsed.data, t('booking'), showIssues);
  };

  if (!base || !options) return null;
  const num = (name: (string | number)[], min: number, max: number, label: string, extra?: string) => (
    <Form.Item name={name} label={label} extra={extra} rules={[{ required: true, message: t('required') }]}>
      <InputNumber min={min} max={max} style={{ width: 140 }} data-testid={`appt-${name.join('-')}`} />
    </Form.Item>
  );
  return (
    <div data-testid="appointments-page">
      <ConfigPageHeader draft={draft} testIdPrefix="appt" />
      <Form key={formKey} form={form} layout="vertical" size="small" initialValues={sectionsOf(base)}>
        <Card size="small" className="admin-card" title={t('booking')}>
          <Space wrap align="start">
            <Form.Item name={['appointments', 'enabled']} label={t('enabled')} valuePropName="checked">
              <Switch data-testid="appt-enabled" />
            </Form.Item>
            {num(['appointments', 'headStartMin'], 0, 120, t('headStartMin'), t('headStartHelp'))}
            {num(['appointments', 'earlyToleranceMin'], 0, 120, t('earlyToleranceMin'))}
            {num(['appointments', 'lateToleranceMin'], 0, 120, t('lateToleranceMin'), t('toleranceHelp'))}
          </Space>
          <div className="appt-types-title">
            <strong>{t('types')}</strong>
            <div className="appt-help">
              {t('typesHelp')} · {t('calendar', { days: options.workingDays })}
            </div>
          </div>
          <Form.List name={['appointments', 'types']}>
            {(items, { add, remove }) => (
              <div data-testid="appt-types">
                {items.map((item) => (
                  <div className="config-list-row" key={item.key} data-testid={`appt-type-${item.name}`}>
                    <Form.Item
                      name={[item.name, 'businessTypeId']}
                      label={t('businessTypeId')}
                      rules={[{ required: true, message: t('required') }]}
                    >
                      <Select
                        options={options.businessTypes}
                        style={{ width: 170 }}
                        data-testid={`appt-type-${item.name}-business`}
                      />
                    </Form.Item>
                    {(
                      [
                        ['slotMin', 5, 240],
                        ['capacity', 1, 200],
                        ['daysAhead', 0, 90],
                        ['cutoffMin', 0, 10_080],
                      ] as const
                    ).map(([key, min, max]) => (
                      <Form.Item
                        key={key}
                        name={[item.name, key]}
                        label={t(key)}
                        rules={[{ required: true, message: t('required') }]}
                      >
                        <InputNumber
                          min={min}
                          max={max}
                          style={{ width: 110 }}
                          data-testid={`appt-type-${item.name}-${key}`}
                        />
                      </Form.Item>
                    ))}
                    {(['from', 'to'] as const).map((key) => (
                      <Form.Item
                        key={key}
                        name={[item.name, key]}
                        label={t(key)}
                        rules={[{ required: true, message: t('required') }, TIME_RULE]}
                      >
                        <Input
                          style={{ width: 90 }}
                          placeholder="HH:MM"
                          data-testid={`appt-type-${item.name}-${key}`}
                        />
                      </Form.Item>
                    ))}
                    <Form.Item name={[item.name, 'weekdays']} label={t('weekdays')}>
                      <Checkbox.Group options={options.weekdays} />
                    </Form.Item>
                    <Button
                      danger
                      type="text"
                      icon={<DeleteOutlined />}
                      onClick={() => remove(item.name)}
                      aria-label={t('remove')}
                    />
                  </div>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  data-testid="appt-type-add"
                  onClick={() =>
                    add({
                      businessTypeId: undefined,
                      slotMin: 30,
                      capacity: 2,
                      daysAhead: 7,
                      cutoffMin: 60,
                      weekdays: [],
                      from: base.hours.open,
                      to: base.hours.lastTicket,
                    })
                  }
                >
                  {t('add')}
                </Button>
              </div>
            )}
          </Form.List>
        </Card>
        <Card size="small" className="admin-card" title={t('remote')}>
          <Space wrap align="start">
            <Form.Item name={['remoteQueue', 'enabled']} label={t('remoteEnabled')} valuePropName="checked">
              <Switch data-testid="appt-remote-enabled" />
            </Form.Item>
            <Form.Item name={['remoteQueue', 'laneIds']} label={t('laneIds')}>
              <Select mode="multiple" options={options.lanes} style={{ width: 300 }} data-testid="appt-remote-lanes" />
            </Form.Item>
            {num(['remoteQueue', 'perPhonePerDay'], 1, 10, t('perPhonePerDay'))}
            {num(['remoteQueue', 'graceMin'], 1, 60, t('graceMin'), t('graceHelp'))}
          </Space>
        </Card>
        <Card size="small" className="admin-card" title={t('reminders')}>
          <Space wrap align="start">
            {num(['reminders', 'aheadCount'], 1, 20, t('aheadCount'))}
            <Form.Item name={['reminders', 'sms']} label={t('sms')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name={['reminders', 'webPush']} label={t('webPush')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Space>
        </Card>
      </Form>
      <div className="config-save-bar">
        <Button type="primary" onClick={() => void save()} loading={draft.saving} data-testid="appt-save">
          {t('save')}
        </Button>
      </div>
    </div>
  );
}
