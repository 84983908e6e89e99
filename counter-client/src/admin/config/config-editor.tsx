import { useMemo, useState } from 'react';
import { App, Button, Collapse, Form, Input, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { BranchConfigSchema, type FieldIssue } from '@lobby/shared';
import { ConfigPageHeader } from './config-page-header.tsx';
import { useConfigDraft } from './use-config-draft.ts';
import { ConfigList } from './config-list.tsx';
import { configToForm, formToConfig, splitIssues, type ConfigFormModel } from './config-form-model.ts';
import { listSpecs, NEW_ITEMS } from './config-list-specs.ts';
import { BranchSection, HoursSection, PolicySection, RulesSection, VoiceSection } from './config-scalar-sections.tsx';

/**
 * The configuration editor: everything in BranchConfig, checked with the shared schema
 * before sending (the server checks again), saved as a new version and applied live.
 * Field problems appear on the field; list-wide problems above the form.
 */
type ListKey =
  | 'zones'
  | 'lanes'
  | 'businessTypes'
  | 'counters'
  | 'vipRooms'
  | 'priorityGroups'
  | 'vipTiers'
  | 'notices'
  | 'selfService'
  | 'finishReasons'
  | 'ratingReasons';

/** Which panel of the editor shows a top-level config key. */
function panelOf(key: string): string {
  if (key === 'branch' || key === 'vipLaneId') return 'branch';
  if (key === 'kpiWeights' || key === 'complaintClock' || key === 'retentionDays') return 'rules';
  return key;
}

export default function ConfigEditor() {
  const { t, i18n } = useTranslation('admin');
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const [form] = Form.useForm<ConfigFormModel>();
  const draft = useConfigDraft((version) => t('config.saved', { version }));
  const { base, formKey } = draft;
  const [reason, setReason] = useState('');
  // Panels render when first opened: a form of every field at once is slow to type in.
  const [openPanels, setOpenPanels] = useState<string[]>(['branch', 'lanes']);

  const initialValues = useMemo(() => (base ? configToForm(base) : null), [base]);
  // preserve: the lists are watched while their panels are closed too, or a select shows a bare id (`hard`).
  const zoneValues = Form.useWatch('zones', { form, preserve: true }) as ConfigFormModel['zones'] | undefined;
  const laneValues = Form.useWatch('lanes', { form, preserve: true }) as ConfigFormModel['lanes'] | undefined;
  const zones = useMemo(
    // By name in the UI language (the id only while the name is still empty): 硬区, not `hard`.
    () =>
      (zoneValues ?? [])
        .filter((z) => z?.id)
        .map((z) => ({ value: z.id, label: z.name?.[lang] || z.name?.zh || z.id })),
    [zoneValues, lang],
  );
  const lanes = useMemo(
    () =>
      (laneValues ?? [])
        .filter((l) => l?.id)
        .map((l) => ({ value: l.id, label: `${l.prefix ?? ''} ${l.name?.[lang] || l.name?.zh || l.id}` })),
    [laneValues, lang],
  );
  const specs = useMemo(() => listSpecs(t, zones, lanes), [t, zones, lanes]);

  const showIssues = (issues: readonly FieldIssue[]) => {
    const { fields, general: rest } = splitIssues(issues);
    draft.setGeneral(rest);
    void message.error(t('config.invalid', { count: issues.length }));
    // Open the panels holding the problems, then mark the fields once they are mounted.
    setOpenPanels((open) => [...new Set([...open, ...fields.map((f) => panelOf(String(f.name[0])))])]);
    setTimeout(() => {
      form.setFields(fields as Parameters<typeof form.setFields>[0]);
      if (fields[0])
        form.scrollToField(fields[0].name as Parameters<typeof form.scrollToField>[0], { block: 'center' });
    }, 50);
  };

  const save = async () => {
    if (!base) return;
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const config = { ...formToConfig({ ...configToForm(base), ...form.getFieldsValue(true) }), version: base.version };
    const parsed = BranchConfigSchema.safeParse(config);
    if (!parsed.success)
      return showIssues(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    if (await draft.save(parsed.data, reason, showIssues)) setReason('');
  };

  if (!base || !initialValues) return <Spin size="large" className="page-spin" />;
  const listPanel = (key: ListKey) => ({
    key,
    label: t(`config.sections.${key}`),
    children: <ConfigList name={key} fields={specs[key]} newItem={NEW_ITEMS[key]!} testId={`config-${key}`} />,
  });
  return (
    <div data-testid="config-editor">
      <ConfigPageHeader draft={draft} testIdPrefix="config" />
      {/* A saved or reloaded config remounts the form with its values. */}
      <Form key={formKey} form={form} layout="vertical" size="small" initialValues={initialValues ?? undefined}>
        <Collapse
          activeKey={openPanels}
          onChange={(keys) => setOpenPanels(Array.isArray(keys) ? keys.map(String) : [String(keys)])}
          items={[
            { key: 'branch', label: t('config.sections.branch'), children: <BranchSection lanes={lanes} /> },
            listPanel('zones'),
            listPanel('lanes'),
            listPanel('businessTypes'),
            listPanel('counters'),
            listPanel('vipRooms'),
            { key: 'hours', label: t('config.sections.hours'), children: <HoursSection /> },
            listPanel('priorityGroups'),
            listPanel('vipTiers'),
            { key: 'policy', label: t('config.sections.policy'), children: <PolicySection /> },
            listPanel('finishReasons'),
            listPanel('ratingReasons'),
            { key: 'voice', label: t('config.sections.voice'), children: <VoiceSection /> },
            listPanel('notices'),
            listPanel('selfService'),
            {
              key: 'rules',
              label: `${t('config.sections.kpi')} · ${t('config.sections.complaintClock')} · ${t('config.sections.retention')}`,
              children: <RulesSection />,
            },
          ]}
        />
      </Form>
      <div className="config-save-bar">
        <Input
          placeholder={t('config.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          style={{ maxWidth: 360 }}
          data-testid="config-reason"
        />
        <Button type="primary" onClick={() => void save()} loading={draft.saving} data-testid="config-save">
          {t('config.save')}
        </Button>
      </div>
    </div>
  );
}
