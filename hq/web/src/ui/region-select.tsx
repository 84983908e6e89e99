import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickText } from '@lobby/shared';
import { useHq } from '../store.ts';

/** The region filter of the grid, reports and scorecard: none chosen = all regions. */
export function RegionSelect({
  value,
  onChange,
  testId,
}: {
  value: string[];
  onChange: (regions: string[]) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const lang = useHq((s) => s.lang);
  const regions = useHq((s) => s.regions);
  return (
    <Select
      data-testid={testId}
      mode="multiple"
      allowClear
      placeholder={t('grid.allRegions')}
      style={{ minWidth: 220 }}
      value={value}
      onChange={onChange}
      options={regions.map((r) => ({ value: r.id, label: pickText(r.name, lang) }))}
    />
  );
}
