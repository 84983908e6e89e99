import { useEffect, useState } from 'react';
import { App } from 'antd';
import { CONFIG_ROUTES, type BranchConfig, type FieldIssue } from '@lobby/shared';
import { useAdminApi, useRemote } from '../use-admin-api.ts';

/**
 * One configuration page's load → edit → save cycle, for every page that edits the branch
 * configuration (the editor, appointments): the loaded version, a conflict when someone
 * else saved first, list-wide issues, and the form key that remounts the form on a new
 * version. The page keeps its own form and decides where field issues go.
 */
export interface ConfigDraft {
  base: BranchConfig | null;
  general: FieldIssue[];
  setGeneral: (issues: FieldIssue[]) => void;
  conflict: boolean;
  saving: boolean;
  /** Changes whenever a version is loaded or saved: the page's `<Form key>`. */
  formKey: number;
  reload: () => void;
  /** Saves as a new version; `true` once saved. Field issues go to `onIssues`, other failures to a message. */
  save: (config: BranchConfig, reason: string, onIssues: (issues: readonly FieldIssue[]) => void) => Promise<boolean>;
}

export function useConfigDraft(savedMessage: (version: number) => string): ConfigDraft {
  const api = useAdminApi();
  const { message } = App.useApp();
  const remote = useRemote(CONFIG_ROUTES.get, {});
  const [base, setBase] = useState<BranchConfig | null>(null);
  const [general, setGeneral] = useState<FieldIssue[]>([]);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    if (!remote.data) return;
    setBase(remote.data);
    setConflict(false);
    setGeneral([]);
    setFormKey((k) => k + 1);
  }, [remote.data]);

  const save: ConfigDraft['save'] = async (config, reason, onIssues) => {
    setGeneral([]);
    setSaving(true);
    const r = await api.call(CONFIG_ROUTES.put, { body: { config, reason } }, { quiet: true });
    setSaving(false);
    if (r.ok) {
      void message.success(savedMessage(r.data.version));
      setBase(r.data);
      setFormKey((k) => k + 1);
      return true;
    }
    if (r.code === 'CONFIG_INVALID' && r.issues) onIssues(r.issues);
    else if (r.code === 'CONFIG_CONFLICT') setConflict(true);
    else void message.error(api.describe(r));
    return false;
  };

  return { base, general, setGeneral, conflict, saving, formKey, reload: remote.reload, save };
}
