import type { BranchConfig, FieldIssue, LocalizedText } from '@lobby/shared';

/**
 * BranchConfig ⇄ the editor's form values. The form keeps a few things in shapes people
 * edit more easily (materials as lines of text, lunch as a switch plus two times, KPI
 * weights in percent); issue paths from the schema are mapped back onto those fields.
 */
type Lines = { zh: string; en: string };

type BusinessType = BranchConfig['businessTypes'][number];

export type ConfigFormModel = Omit<BranchConfig, 'businessTypes' | 'selfService' | 'hours' | 'kpiWeights'> & {
  /**
   * The materials a recognised VIP check proves are named by their Chinese line, not by
   * position: an index would point at another material once the lines are reordered or one
   * is removed.
   */
  businessTypes: (Omit<BusinessType, 'materials' | 'metByVipCheck'> & {
    materials: Lines;
    vipCheckMaterials: string[];
  })[];
  selfService: (Omit<BranchConfig['selfService'][number], 'services'> & { services: Lines })[];
  hours: Omit<BranchConfig['hours'], 'lunch'> & { lunchEnabled: boolean; lunchStart: string; lunchEnd: string };
  kpiWeights: { efficiency: number; quality: number; satisfaction: number };
};

function toLines(list: readonly LocalizedText[]): Lines {
  return { zh: list.map((x) => x.zh).join('\n'), en: list.map((x) => x.en).join('\n') };
}

/** Lines pair up by position; a line missing in one language reuses the other's text. */
function fromLines(lines: Lines): LocalizedText[] {
  const zh = (lines.zh ?? '').split('\n').map((s) => s.trim());
  const en = (lines.en ?? '').split('\n').map((s) => s.trim());
  const out: LocalizedText[] = [];
  for (let i = 0; i < Math.max(zh.length, en.length); i++) {
    const z = zh[i] ?? '';
    const e = en[i] ?? '';
    if (z === '' && e === '') continue;
    out.push({ zh: z || e, en: e || z });
  }
  return out;
}

const pct = (n: number) => Math.round(n * 1000) / 10;

function businessTypeToForm({ metByVipCheck, ...b }: BusinessType): ConfigFormModel['businessTypes'][number] {
  const vipCheckMaterials = (metByVipCheck ?? []).flatMap((i) => (b.materials[i] ? [b.materials[i].zh] : []));
  return { ...b, materials: toLines(b.materials), vipCheckMaterials };
}

function businessTypeFromForm({
  vipCheckMaterials,
  ...b
}: Partial<ConfigFormModel['businessTypes'][number]>): BusinessType {
  const materials = fromLines(b.materials ?? { zh: '', en: '' });
  const met = new Set(vipCheckMaterials ?? []);
  const metByVipCheck = materials.flatMap((m, i) => (met.has(m.zh) ? [i] : []));
  return {
    ...(b as Omit<BusinessType, 'materials'>),
    materials,
    ...(metByVipCheck.length > 0 ? { metByVipCheck } : {}),
  };
}

/** The choices for "proved by the VIP check": the business type's Chinese material lines. */
export function materialLines(lines: string | undefined): string[] {
  return [...new Set((lines ?? '').split('\n').map((s) => s.trim()))].filter((s) => s !== '');
}

export function configToForm(c: BranchConfig): ConfigFormModel {
  const { lunch, ...hours } = c.hours;
  return {
    ...c,
    businessTypes: c.businessTypes.map(businessTypeToForm),
    selfService: c.selfService.map((s) => ({ ...s, services: toLines(s.services) })),
    hours: {
      ...hours,
      lunchEnabled: lunch !== null,
      lunchStart: lunch?.start ?? '12:00',
      lunchEnd: lunch?.end ?? '13:00',
    },
    kpiWeights: {
      efficiency: pct(c.kpiWeights.efficiency),
      quality: pct(c.kpiWeights.quality),
      satisfaction: pct(c.kpiWeights.satisfaction),
    },
  };
}

export function formToConfig(f: ConfigFormModel): BranchConfig {
  const { lunchEnabled, lunchStart, lunchEnd, ...hours } = f.hours;
  return {
    ...f,
    businessTypes: (f.businessTypes ?? []).map(businessTypeFromForm),
    selfService: (f.selfService ?? []).map((s) => ({ ...s, services: fromLines(s.services ?? { zh: '', en: '' }) })),
    hours: { ...hours, lunch: lunchEnabled ? { start: lunchStart, end: lunchEnd } : null },
    kpiWeights: {
      efficiency: f.kpiWeights.efficiency / 100,
      quality: f.kpiWeights.quality / 100,
      satisfaction: f.kpiWeights.satisfaction / 100,
    },
  };
}

export type FormPath = (string | number)[];

/** A schema issue path ("lanes.1.maxWaitMin") as the form field it belongs to. */
export function formPathOf(issuePath: string): FormPath {
  const parts: FormPath = issuePath === '' ? [] : issuePath.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (
    (parts[0] === 'businessTypes' && parts[2] === 'materials') ||
    (parts[0] === 'selfService' && parts[2] === 'services')
  ) {
    const lang = parts[4] === 'en' ? 'en' : 'zh';
    return [parts[0], parts[1] as number, parts[2], lang];
  }
  if (parts[0] === 'businessTypes' && parts[2] === 'metByVipCheck')
    return [parts[0], parts[1] as number, 'vipCheckMaterials'];
  if (parts[0] === 'hours' && parts[1] === 'lunch') return ['hours', parts[2] === 'end' ? 'lunchEnd' : 'lunchStart'];
  if (parts[0] === 'counters' && parts[2] === 'laneIds') return parts.slice(0, 3);
  return parts;
}

const WHOLE_LISTS = new Set([
  'zones',
  'lanes',
  'businessTypes',
  'counters',
  'vipRooms',
  'priorityGroups',
  'vipTiers',
  'notices',
  'selfService',
  'kpiWeights',
]);

/** Issues that name a field (shown on it) vs. issues about a whole list (shown above the form). */
export function splitIssues(issues: readonly FieldIssue[]): {
  fields: { name: FormPath; errors: string[] }[];
  general: FieldIssue[];
} {
  const byPath = new Map<string, { name: FormPath; errors: string[] }>();
  const general: FieldIssue[] = [];
  for (const issue of issues) {
    const name = formPathOf(issue.path);
    if (name.length === 0 || (name.length === 1 && WHOLE_LISTS.has(String(name[0])))) {
      general.push(issue);
      continue;
    }
    const key = name.join('.');
    const entry = byPath.get(key) ?? { name, errors: [] };
    entry.errors.push(issue.message);
    byPath.set(key, entry);
  }
  return { fields: [...byPath.values()], general };
}
