import { describe, expect, it } from 'vitest';
import { BranchConfigSchema } from '@lobby/shared';
import { demoBranchConfig } from '../../../../server/src/seed/demo-config.ts';
import { configToForm, formPathOf, formToConfig, splitIssues } from './config-form-model.ts';

describe('config form model', () => {
  it('round-trips the demo config unchanged', () => {
    const config = demoBranchConfig();
    expect(formToConfig(configToForm(config))).toEqual(config);
  });

  it('edits materials as lines and lunch as a switch', () => {
    const form = configToForm(demoBranchConfig());
    form.businessTypes[0]!.materials = { zh: '身份证\n\n银行卡', en: 'ID\n\nCard' };
    form.hours.lunchEnabled = true;
    form.hours.lunchStart = '12:00';
    form.hours.lunchEnd = '13:30';
    const config = formToConfig(form);
    expect(config.businessTypes[0]!.materials).toEqual([
      { zh: '身份证', en: 'ID' },
      { zh: '银行卡', en: 'Card' },
    ]);
    expect(config.hours.lunch).toEqual({ start: '12:00', end: '13:30' });
    expect(BranchConfigSchema.safeParse(config).success).toBe(true);
  });

  it('maps schema issue paths onto form fields', () => {
    expect(formPathOf('lanes.1.maxWaitMin')).toEqual(['lanes', 1, 'maxWaitMin']);
    expect(formPathOf('businessTypes.2.materials.0.en')).toEqual(['businessTypes', 2, 'materials', 'en']);
    expect(formPathOf('hours.lunch.end')).toEqual(['hours', 'lunchEnd']);
    expect(formPathOf('counters.0.laneIds.1')).toEqual(['counters', 0, 'laneIds']);
    const { fields, general } = splitIssues([
      { path: 'lanes.1.maxWaitMin', message: 'max wait below target' },
      { path: 'lanes', message: 'duplicate id A' },
    ]);
    expect(fields).toEqual([{ name: ['lanes', 1, 'maxWaitMin'], errors: ['max wait below target'] }]);
    expect(general.map((g) => g.message)).toEqual(['duplicate id A']);
  });
});
