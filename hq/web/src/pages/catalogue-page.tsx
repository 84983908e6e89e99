import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Collapse, Input, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { pickText, type HqCatalogueVersionView } from '@lobby/shared';
import { apiCall } from '../api.ts';
import { useHq } from '../store.ts';

/**
 * The catalogue: every published version with each branch's decision (adopted, waiting for the
 * branch's admin, or refused — with the branch's reason); admins publish a new version.
 */
const STATE_COLOR = { adopted: 'green', pending: 'blue', refused: 'red' } as const;

export function CataloguePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lang = useHq((s) => s.lang);
  const session = useHq((s) => s.session);
  const rows = useHq((s) => s.rows);
  const token = session?.token ?? '';
  const [versions, setVersions] = useState<HqCatalogueVersionView[]>([]);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [issues, setIssues] = useState<string[]>([]);
  const load = useCallback(() => {
    void apiCall<HqCatalogueVersionView[]>(token, 'GET', '/catalogue').then((r) => r.ok && setVersions(r.data));
  }, [token]);
  useEffect(() => {
    load();
    const timer = setInterval(load, 5000);
    return () => clearInterval(timer);
  }, [load]);
  const branchName = (id: string) => (rows[id] ? pickText(rows[id].name, lang) : id);

  const publish = async () => {
    let template: unknown;
    try {
      template = JSON.parse(text);
    } catch {
      setIssues([t('catalogue.badJson')]);
      return;
    }
    const r = await apiCall<{ version: number }>(token, 'POST', '/catalogue', { note, template });
    if (r.ok) {
      setIssues([]);
      void message.success(t('catalogue.publishedOk', { version: r.data.version }));
      load();
    } else setIssues(r.issues?.map((i) => `${i.path}: ${i.message}`) ?? [t(`errors.${r.code}`)]);
  };

  return (
    <div data-testid="catalogue-page">
      {session?.user.role === 'admin' && (
        <Card size="small" title={t('catalogue.publish')} style={{ marginBottom: 12 }}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space>
              <Input
                placeholder={t('catalogue.note')}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                style={{ width: 360 }}
              />
              <Button
                disabled={versions.length === 0}
                onClick={() => setText(JSON.stringify(versions[0]?.template, null, 2))}
              >
                {t('catalogue.loadLatest')}
              </Button>
              <Button type="primary" data-testid="catalogue-publish" onClick={() => void publish()}>
                {t('catalogue.publish')}
              </Button>
            </Space>
            <Input.TextArea
              data-testid="catalogue-json"
              rows={8}
              value={text}
              placeholder={t('catalogue.template')}
              onChange={(e) => setText(e.target.value)}
              style={{ fontFamily: 'monospace' }}
            />
            {issues.length > 0 && (
              <Alert type="error" message={t('catalogue.invalid')} description={issues.join('\n')} />
            )}
          </Space>
        </Card>
      )}
      <Collapse
        key={versions[0]?.version ?? 0}
        defaultActiveKey={versions.slice(0, 2).map((v) => String(v.version))}
        items={versions.map((v) => ({
          key: String(v.version),
          label: (
            <Space data-testid={`catalogue-v${v.version}`}>
              <strong>v{v.version}</strong>
              <span>{v.note}</span>
              <span style={{ color: '#888' }}>
                {t('catalogue.published')} {dayjs(v.publishedAt).format('YYYY-MM-DD HH:mm')} · {t('catalogue.by')}{' '}
                {v.publishedBy} · {t('catalogue.lanes')} {v.template.lanes.length} · {t('catalogue.businessTypes')}{' '}
                {v.template.businessTypes.length}
              </span>
              {(['adopted', 'pending', 'refused'] as const).map((s) => {
                const count = v.adoptions.filter((a) => a.state === s).length;
                return count > 0 ? (
                  <Tag key={s} color={STATE_COLOR[s]}>{`${t(`catalogue.states.${s}`)} ${count}`}</Tag>
                ) : null;
              })}
            </Space>
          ),
          children: (
            <Table
              size="small"
              rowKey="branchId"
              pagination={false}
              dataSource={v.adoptions}
              columns={[
                { title: t('grid.branch'), dataIndex: 'branchId', render: (id: string) => branchName(id) },
                {
                  title: t('catalogue.adoptions'),
                  dataIndex: 'state',
                  render: (s: keyof typeof STATE_COLOR) => (
                    <Tag color={STATE_COLOR[s]}>{t(`catalogue.states.${s}`)}</Tag>
                  ),
                },
                { title: t('catalogue.reason'), dataIndex: 'reason', render: (r: string | null) => r ?? '—' },
                {
                  title: t('catalogue.reportedAt'),
                  dataIndex: 'reportedAt',
                  render: (at: number) => dayjs(at).format('MM-DD HH:mm:ss'),
                },
              ]}
            />
          ),
        }))}
      />
    </div>
  );
}
