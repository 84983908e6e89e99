import { Alert, Button, Checkbox, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { yearsMissingOfficialSchedule } from '@lobby/shared';
import { useAppStore } from '../../store/app-store.ts';

/** The non-list parts of the configuration: branch, hours, policy, voice, KPI, clocks, retention. */
const TIME_RULE = { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: 'HH:MM' };

function Num({ name, min, max, step }: { name: (string | number)[]; min: number; max: number; step?: number }) {
  const { t } = useTranslation('admin');
  return (
    <Form.Item name={name} label={t(`config.fields.${String(name[name.length - 1])}`)} rules={[{ required: true }]}>
      <InputNumber min={min} max={max} step={step ?? 1} style={{ width: 140 }} />
    </Form.Item>
  );
}

export function BranchSection({ lanes }: { lanes: { value: string; label: string }[] }) {
  const { t } = useTranslation('admin');
  return (
    <Space wrap align="start">
      <Form.Item name={['branch', 'name', 'zh']} label={t('config.fields.branchName')} rules={[{ required: true }]}>
        <Input style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name={['branch', 'name', 'en']} label={t('config.fields.branchNameEn')} rules={[{ required: true }]}>
        <Input style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name={['branch', 'hotline']} label={t('config.fields.hotline')}>
        <Input style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name={['branch', 'address', 'zh']} label={t('config.fields.address')} rules={[{ required: true }]}>
        <Input style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name={['branch', 'address', 'en']} label={t('config.fields.addressEn')} rules={[{ required: true }]}>
        <Input style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name={['vipLaneId']} label={t('config.fields.vipLaneId')}>
        <Select allowClear options={lanes} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item
        name={['branch', 'mobileBaseUrl']}
        label={t('config.fields.mobileBaseUrl')}
        extra={t('config.fields.mobileBaseUrlHelp')}
        style={{ maxWidth: 460 }}
      >
        <Input placeholder="https://" style={{ width: 360 }} data-testid="config-mobile-base-url" />
      </Form.Item>
    </Space>
  );
}

export function HoursSection() {
  const { t } = useTranslation('admin');
  const weekdays = t('config.weekdays', { returnObjects: true }) as string[];
  const lunchOn = Form.useWatch(['hours', 'lunchEnabled']) as boolean | undefined;
  const time = (key: string) => (
    <Form.Item name={['hours', key]} label={t(`config.fields.${key}`)} rules={[{ required: true }, TIME_RULE]}>
      <Input style={{ width: 90 }} placeholder="HH:MM" />
    </Form.Item>
  );
  return (
    <>
      <Space wrap align="start">
        <Form.Item name={['hours', 'timeZone']} label={t('config.fields.timeZone')} rules={[{ required: true }]}>
          <Input style={{ width: 160 }} />
        </Form.Item>
        {time('open')}
        {time('close')}
        {time('lastTicket')}
        {time('dayCloseAt')}
        <Form.Item name={['hours', 'lunchEnabled']} label={t('config.fields.lunchEnabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {lunchOn && time('lunchStart')}
        {lunchOn && time('lunchEnd')}
      </Space>
      <Form.Item name={['hours', 'weekdays']} label={t('config.fields.weekdays')}>
        <Checkbox.Group options={weekdays.map((label, i) => ({ label, value: i + 1 }))} />
      </Form.Item>
      <CalendarOverrides />
    </>
  );
}

/**
 * The admin's exceptions to the official holiday and 调休 schedule (chinese-days): a date the
 * branch closes or opens against it, and why.
 */
function CalendarOverrides() {
  const { t } = useTranslation('admin');
  const businessDate = useAppStore((s) => s.floor.businessDate);
  const missing = businessDate ? yearsMissingOfficialSchedule(businessDate) : [];
  return (
    <Form.Item label={t('config.fields.calendarOverrides')} extra={t('config.calendarHelp')}>
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="calendar-schedule-missing"
          message={t('config.calendarScheduleMissing', { years: missing.join('、') })}
          description={t('config.calendarScheduleMissingHelp')}
        />
      )}
      <Form.List name={['hours', 'calendarOverrides']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="start" data-testid="calendar-override">
                <Form.Item
                  name={[field.name, 'date']}
                  rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: 'YYYY-MM-DD' }]}
                >
                  <Input placeholder="YYYY-MM-DD" style={{ width: 130 }} data-testid="calendar-override-date" />
                </Form.Item>
                <Form.Item name={[field.name, 'open']}>
                  <Select
                    style={{ width: 150 }}
                    options={[
                      { value: false, label: t('config.calendarClosed') },
                      { value: true, label: t('config.calendarOpen') },
                    ]}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'note']}>
                  <Input
                    placeholder={t('config.calendarNote')}
                    style={{ width: 260 }}
                    data-testid="calendar-override-note"
                  />
                </Form.Item>
                <Button onClick={() => remove(field.name)}>{t('config.calendarRemove')}</Button>
              </Space>
            ))}
            {fields.length === 0 && (
              <Typography.Paragraph type="secondary">{t('config.calendarNone')}</Typography.Paragraph>
            )}
            <Button onClick={() => add({ date: '', open: false, note: '' })} data-testid="calendar-override-add">
              {t('config.calendarAdd')}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

export function PolicySection() {
  return (
    <Space wrap align="start">
      <Num name={['policy', 'primaryLaneBonusMin']} min={0} max={120} />
      <Num name={['policy', 'fallbackPenaltyMin']} min={0} max={120} />
      <Num name={['policy', 'recallLimit']} min={0} max={10} />
      <Num name={['policy', 'noShowGraceSec']} min={10} max={1800} />
      <Num name={['policy', 'noShowMinSec']} min={0} max={600} />
      <Num name={['policy', 'calledNotArrivedSec']} min={10} max={1800} />
      <Num name={['policy', 'idleCounterAlertSec']} min={5} max={1800} />
      <Num name={['policy', 'estimateHalfLifeMin']} min={1} max={240} />
      <Num name={['policy', 'overdueCatchUp']} min={0} max={4} step={0.05} />
    </Space>
  );
}

export function VoiceSection() {
  const { t } = useTranslation('admin');
  return (
    <Space wrap align="start">
      <Form.Item name={['voice', 'enabled']} label={t('config.fields.voiceEnabled')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name={['voice', 'chime']} label={t('config.fields.chime')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Num name={['voice', 'repeat']} min={1} max={5} />
      <Num name={['voice', 'volume']} min={0} max={1} step={0.1} />
      <Num name={['voice', 'rate']} min={0.5} max={2} step={0.1} />
      <Num name={['hallMessageMin']} min={1} max={480} />
    </Space>
  );
}

export function RulesSection() {
  const { t } = useTranslation('admin');
  return (
    <>
      <Space wrap align="start">
        <Num name={['kpiWeights', 'efficiency']} min={0} max={100} />
        <Num name={['kpiWeights', 'quality']} min={0} max={100} />
        <Num name={['kpiWeights', 'satisfaction']} min={0} max={40} />
        <span style={{ lineHeight: '32px' }}>%</span>
      </Space>
      <Space wrap align="start">
        <Num name={['complaintClock', 'firstResponseDays']} min={1} max={60} />
        <Num name={['complaintClock', 'handlingDays']} min={1} max={120} />
        <Num name={['complaintClock', 'writtenResultDays']} min={1} max={60} />
        <Form.Item name={['retentionDays']} label={t('config.fields.retentionDays')} rules={[{ required: true }]}>
          <InputNumber min={1} max={3650} style={{ width: 140 }} />
        </Form.Item>
      </Space>
    </>
  );
}
