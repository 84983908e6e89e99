import { Alert, Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConfigDraft } from './use-config-draft.ts';

/**
 * The head of a page that edits the configuration: the loaded version with a reload button,
 * the warning when someone else saved first, and the issues that belong to no one field.
 */
export function ConfigPageHeader({ draft, testIdPrefix }: { draft: ConfigDraft; testIdPrefix: string }) {
  const { t } = useTranslation('admin');
  if (!draft.base) return null;
  return (
    <>
      <div className="admin-toolbar">
        <Tag color="blue">{t('config.version', { version: draft.base.version })}</Tag>
        <Button onClick={draft.reload}>{t('config.reload')}</Button>
      </div>
      {draft.conflict && (
        <Alert
          type="warning"
          showIcon
          className="admin-card"
          title={t('config.conflict')}
          action={<Button onClick={draft.reload}>{t('config.reload')}</Button>}
          data-testid={`${testIdPrefix}-conflict`}
        />
      )}
      {draft.general.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="admin-card"
          title={draft.general.map((g) => `${g.path}: ${g.message}`).join('；')}
          data-testid={`${testIdPrefix}-general-issues`}
        />
      )}
    </>
  );
}
